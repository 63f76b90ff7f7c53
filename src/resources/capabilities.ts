// GET /capabilities: what the caller may do right now, from the switches and its own key.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { CAPABILITIES } from '../auth/capabilities.ts'
import type { SwitchBoard } from '../switches/switch-board.ts'
import { SWITCH_DEFAULTS } from '../switches/switch-names.ts'

export const Capabilities = Type.Object({
  switches: Type.Object(Object.fromEntries(Object.keys(SWITCH_DEFAULTS).map(name => [name, Type.Boolean()])), { additionalProperties: false }),
  capabilities: Type.Array(Type.Unsafe<string>({ type: 'string', enum: [...CAPABILITIES] }), { description: 'What this key may do.' })
}, { additionalProperties: false, title: 'Capabilities' })

interface CapabilitiesOptions {
  version: string
  board: SwitchBoard
  /** How the version wraps the answer: v1 in its envelope, v2 as it is. */
  show: (capabilities: Type.Static<typeof Capabilities>) => unknown
  schema: Type.TSchema
}

const capabilitiesRoute: FastifyPluginAsyncTypebox<CapabilitiesOptions> = async (app, { version, board, show, schema }) => {
  // Any valid key may ask: a client should learn what it can do before it tries.
  app.get('/capabilities', {
    schema: { operationId: `${version}GetCapabilities`, tags: ['capabilities'], summary: 'What this key may do now', response: { 200: schema } }
  }, async (request) => {
    const switches = Object.fromEntries(board.list().map(({ name, enabled }) => [name, enabled]))
    return show({ switches, capabilities: [...request.caller?.capabilities ?? []] })
  })
}

export default capabilitiesRoute
