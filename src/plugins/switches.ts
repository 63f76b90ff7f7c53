// Capability switching: a switched-off part of the API answers 503, and a retired version 410.
import fp from 'fastify-plugin'
import { capabilityOff, versionRetired } from '../errors.ts'
import { callbackHook } from '../http/callback-hook.ts'
import { routeConfigOf } from '../http/route-config.ts'
import type { SwitchBoard } from '../switches/switch-board.ts'
import type { SwitchName } from '../switches/switch-names.ts'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Switches that must all be on for this route to answer. */
    switches?: SwitchName[]
    /** The switch that, once on, retires this route's version: set on the routes of a version with a successor. */
    retiredBy?: SwitchName
  }
}

export default fp<{ board: SwitchBoard }>(async function switches (app, { board }) {
  // After authentication: what is switched off is the operator's business,
  // so a caller without a valid key gets 401 whatever the switches say.
  app.addHook('onRequest', callbackHook(function refuseSwitchedOff (request) {
    const { switches, retiredBy, version } = routeConfigOf(request)
    // Gone for good is said before closed for a while: a client must move, not wait.
    // (Only a version with a successor has a retiredBy; the check on it tells TypeScript so.)
    if (retiredBy !== undefined && version?.successor !== undefined && board.isOn(retiredBy)) throw versionRetired(version.name, version.successor.name)
    for (const name of switches ?? []) {
      if (!board.isOn(name)) throw capabilityOff(name)
    }
  }))
}, { name: 'switches' })
