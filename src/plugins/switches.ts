// Capability switching: a switched-off part of the API answers 503.
import fp from 'fastify-plugin'
import { capabilityOff } from '../errors.ts'
import { callbackHook } from '../http/callback-hook.ts'
import { routeConfigOf } from '../http/route-config.ts'
import type { SwitchBoard } from '../switches/switch-board.ts'
import type { SwitchName } from '../switches/switch-names.ts'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Switches that must all be on for this route to answer. */
    switches?: SwitchName[]
  }
}

export default fp<{ board: SwitchBoard }>(async function switches (app, { board }) {
  // After authentication: what is switched off is the operator's business,
  // so a caller without a valid key gets 401 whatever the switches say.
  app.addHook('onRequest', callbackHook(function refuseSwitchedOff (request) {
    for (const name of routeConfigOf(request).switches ?? []) {
      if (!board.isOn(name)) throw capabilityOff(name)
    }
  }))
}, { name: 'switches' })
