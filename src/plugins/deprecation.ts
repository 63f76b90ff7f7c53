// A deprecated or retired version says so in every response: when it was deprecated, when it goes or went, and what replaces it.
import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { deprecationSwitchOf, retirementSwitchOf, versionOfRequest } from '../api-version.ts'
import type { ApiVersion } from '../api-version.ts'
import { callbackHook } from '../http/callback-hook.ts'
import { addLink } from '../http/link-header.ts'
import { routeConfigOf } from '../http/route-config.ts'
import type { SwitchBoard, SwitchState } from '../switches/switch-board.ts'

interface DeprecationOptions {
  board: SwitchBoard
  versions: readonly ApiVersion[]
  /** When each deprecated version is to stop answering, by name, where the operator has said so. */
  sunsets: Readonly<Partial<Record<string, Date>>>
}

const DAY_MS = 24 * 60 * 60 * 1000
// Without a configured date, a version is announced to go away half a year after its deprecation.
const DEFAULT_SUNSET_AFTER_MS = 180 * DAY_MS

/**
 * The same resource in the successor version, built from the route's own
 * template and the request's parsed parameters, each percent-encoded: never
 * from the raw URL, whose text would land in a header as the client wrote it.
 */
function successorUrl (request: FastifyRequest, version: ApiVersion, successor: ApiVersion): string | undefined {
  const template = routeConfigOf(request).url
  if (template === undefined || request.is404) return undefined
  const params = request.params as Record<string, string>
  // The route normalizes names only later (preValidation): the link names the
  // person as the successor stores them, one Unicode form (docs/contract.md §5).
  const path = template.slice(version.prefix.length).replace(/:(\w+)/g, (_match, name: string) => encodeURIComponent((params[name] ?? '').normalize('NFC')))
  return `${successor.prefix}${path}`
}

/** When a switch that is on was turned on, in ms: these start off, so one that is on was set, at a known time. */
function instantOf (state: SwitchState): number {
  return state.changedAt === null ? Date.now() : Date.parse(state.changedAt)
}

export default fp<DeprecationOptions>(async function deprecation (app, { board, versions, sunsets }) {
  const replaced = versions.filter(version => version.successor !== undefined)
  const announcingSwitches = replaced.flatMap(version => [deprecationSwitchOf(version), retirementSwitchOf(version)])
  if (announcingSwitches.length === 0) return

  // Registered before every hook that can refuse a request (app.ts): headers
  // set on arrival stay on the reply whatever it ends with, so a 401, a 404,
  // a 503 or a 410 of a deprecated or retired version says so too.
  app.addHook('onRequest', callbackHook(function announceDeprecation (request: FastifyRequest, reply: FastifyReply) {
    // The switches first: Map lookups, where finding the version may cost a look at the URL.
    if (!announcingSwitches.some(name => board.isOn(name))) return
    const version = versionOfRequest(request, versions)
    const successor = version?.successor
    if (version === undefined || successor === undefined) return
    const deprecated = board.state(deprecationSwitchOf(version))
    const retired = board.state(retirementSwitchOf(version))
    if (!deprecated.enabled && !retired.enabled) return
    // A version is deprecated no later than it is retired, whichever switch an administrator turned on first.
    const deprecatedAt = Math.min(...[deprecated, retired].filter(state => state.enabled).map(instantOf))
    const sunset = retired.enabled ? new Date(instantOf(retired)) : sunsets[version.name] ?? new Date(deprecatedAt + DEFAULT_SUNSET_AFTER_MS)
    // RFC 9745: the moment of deprecation as a structured-field date (@ and Unix seconds).
    reply.header('deprecation', `@${Math.floor(deprecatedAt / 1000)}`)
    // RFC 8594: when the resource is expected to stop answering, as an HTTP-date; once retired, when it did.
    reply.header('sunset', sunset.toUTCString())
    const moved = successorUrl(request, version, successor)
    if (moved !== undefined) addLink(reply, moved, 'successor-version')
    addLink(reply, `/docs#${successor.name}-people`, 'deprecation')
  }))
}, { name: 'deprecation' })
