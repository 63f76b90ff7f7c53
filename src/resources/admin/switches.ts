// Admin routes that show and flip the capability switches.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { ApiError } from '../../errors.ts'
import { allowMethods } from '../../plugins/allowed-methods.ts'
import { BODY_MEDIA_TYPES, requireMediaType } from '../../plugins/body-parsers.ts'
import { errorResponses } from '../../plugins/errors.ts'
import type { Store } from '../../storage/store.ts'
import type { SwitchBoard } from '../../switches/switch-board.ts'
import { isSwitchName, SWITCH_NAMES } from '../../switches/switch-names.ts'
import { Ok, ok } from '../v1/envelope.ts'

export const SwitchView = Type.Object({
  name: Type.Unsafe<string>({ type: 'string', enum: [...SWITCH_NAMES] }),
  enabled: Type.Boolean(),
  changedAt: Type.Unsafe<string | null>({ type: ['string', 'null'], format: 'date-time', description: 'Null while the switch is at its default.' })
}, { additionalProperties: false, title: 'Switch' })

const SwitchBody = Type.Object({ enabled: Type.Boolean() }, { additionalProperties: false })
const SwitchParams = Type.Object({ name: Type.String({ maxLength: 100 }) })

const switchRoutes: FastifyPluginAsyncTypebox<{ store: Store, board: SwitchBoard }> = async (app, { store, board }) => {
  app.get('/switches', {
    config: { capability: 'admin' },
    schema: { operationId: 'listSwitches', tags: ['switches'], summary: 'List the capability switches', response: { 200: Ok(Type.Array(SwitchView)), ...errorResponses(401, 403) } }
  }, async () => ok(board.list()))

  app.put('/switches/:name', {
    config: { capability: 'admin' },
    preValidation: requireMediaType(...BODY_MEDIA_TYPES),
    schema: { operationId: 'setSwitch', tags: ['switches'], summary: 'Turn a capability on or off, on every instance', params: SwitchParams, body: SwitchBody, response: { 200: Ok(SwitchView), ...errorResponses(400, 401, 403, 404, 415) } }
  }, async (request) => {
    const { name } = request.params
    if (!isSwitchName(name)) throw new ApiError('SWITCH_NOT_FOUND', `There is no switch named ${name}`)
    await store.switches.set(name, request.body.enabled, new Date().toISOString())
    // Refreshed before we answer, so this instance obeys at once; the others within their refresh interval.
    await board.refresh()
    return ok(board.state(name))
  })

  allowMethods(app, '/switches', ['GET'])
  allowMethods(app, '/switches/:name', ['PUT'])
}

export default switchRoutes
