// GET /capabilities: what the caller may do right now, from the switches and its own key.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import type { TObject } from 'typebox'
import { CAPABILITIES } from '../auth/capabilities.ts'
import { DateTimeOrNull } from '../date-time-or-null.ts'
import type { SwitchBoard } from '../switches/switch-board.ts'
import type { SwitchCatalogue } from '../switches/switch-names.ts'
import type { VersionDefinition } from './version-definition.ts'

/** The answer lists every switch of this app by name, so its schema is made from the app's catalogue. */
export function capabilitiesSchema (catalogue: SwitchCatalogue): TObject {
  return Type.Object({
    switches: Type.Object(Object.fromEntries([...catalogue.keys()].map(name => [name, Type.Boolean()])), { additionalProperties: false }),
    capabilities: Type.Array(Type.Unsafe<string>({ type: 'string', enum: [...CAPABILITIES] }), { description: 'What this key may do.' }),
    keyExpiresAt: DateTimeOrNull('When this key stops working, so that a client can ask for a new one in time; null if it never does.')
  }, { additionalProperties: false, title: 'Capabilities' })
}

const capabilitiesRoute: FastifyPluginAsyncTypebox<{ version: VersionDefinition, board: SwitchBoard }> = async (app, { version, board }) => {
  const { wrap, show } = version.capabilities
  // Any valid key may ask: a client should learn what it can do before it tries.
  app.get('/capabilities', {
    schema: {
      operationId: `${version.name}GetCapabilities`,
      tags: ['capabilities'],
      summary: 'What this key may do now',
      response: { 200: wrap(capabilitiesSchema(board.catalogue)) }
    }
  }, async function getCapabilities (request) {
    const switches = Object.fromEntries(board.list().map(({ name, enabled }) => [name, enabled]))
    const expiresAt = request.caller?.expiresAt ?? null
    const keyExpiresAt = expiresAt === null ? null : new Date(expiresAt).toISOString()
    return show({ switches, capabilities: [...request.caller?.capabilities ?? []], keyExpiresAt })
  })
}

export default capabilitiesRoute
