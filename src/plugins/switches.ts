// Capability switching: a switched-off part of the API answers 503, and a deprecated v1 says so in every response.
import fp from 'fastify-plugin'
import { capabilityOff } from '../errors.ts'
import type { SwitchBoard } from '../switches/switch-board.ts'
import type { SwitchName } from '../switches/switch-names.ts'
import { isUnder, pathOf } from '../url-path.ts'
import { syncHook, syncOnSend } from './sync-hook.ts'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Switches that must all be on for this route to answer. */
    switches?: SwitchName[]
  }
}

const DAY_MS = 24 * 60 * 60 * 1000
// Without a configured date, v1 is announced to go away half a year after its deprecation.
const DEFAULT_SUNSET_AFTER_MS = 180 * DAY_MS

export default fp<{ board: SwitchBoard, v1Sunset: Date | undefined }>(async function switches (app, { board, v1Sunset }) {
  // Before authentication: a part of the API that is off is off for everyone,
  // and answering costs no key lookup.
  app.addHook('onRequest', syncHook((request) => {
    for (const name of request.routeOptions.config.switches ?? []) {
      if (!board.isOn(name)) throw capabilityOff(name)
    }
  }))

  app.addHook('onSend', syncOnSend((request, reply) => {
    // The switch first: a Map lookup, where looking at the URL would cost every response.
    if (!board.isOn('v1.deprecated') || !isUnder(pathOf(request.url), '/v1')) return
    const deprecatedAt = new Date(board.state('v1.deprecated').changedAt ?? Date.now())
    const sunset = v1Sunset ?? new Date(deprecatedAt.getTime() + DEFAULT_SUNSET_AFTER_MS)
    const successor = pathOf(request.url).replace(/^\/v1/, '/v2')
    // RFC 9745: the moment of deprecation as a structured-field date (@ and Unix seconds).
    reply.header('deprecation', `@${Math.floor(deprecatedAt.getTime() / 1000)}`)
    // RFC 8594: when the resource is expected to stop answering, as an HTTP-date.
    reply.header('sunset', sunset.toUTCString())
    const links = [`<${successor}>; rel="successor-version"`, '</docs#v2-people>; rel="deprecation"']
    const existing = reply.getHeader('link')
    reply.header('link', [existing, ...links].filter(Boolean).join(', '))
  }))
}, { name: 'switches' })
