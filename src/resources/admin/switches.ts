// Admin routes that show and flip the capability switches.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { DateTimeOrNull } from '../../date-time-or-null.ts'
import { ApiError } from '../../errors.ts'
import { forbidStoring } from '../../http/cache-control.ts'
import { BODY_MEDIA_TYPES, requireBody } from '../../plugins/body-parsers.ts'
import { envelopeErrors, Ok, ok } from '../../responses/envelope.ts'
import type { Store } from '../../storage/store.ts'
import type { SwitchBoard } from '../../switches/switch-board.ts'
import { isSwitchName } from '../../switches/switch-names.ts'
import type { SwitchCatalogue } from '../../switches/switch-names.ts'
import { actorOf } from './actor.ts'

/** A switch as the API shows it; its name is one of this app's switches. */
export function switchViewSchema (catalogue: SwitchCatalogue) {
  return Type.Object({
    name: Type.Unsafe<string>({ type: 'string', enum: [...catalogue.keys()] }),
    enabled: Type.Boolean(),
    changedAt: DateTimeOrNull('Null while the switch is at its default.')
  }, { additionalProperties: false, title: 'Switch' })
}

const SwitchBody = Type.Object({ enabled: Type.Boolean() }, { additionalProperties: false })
// An empty segment is another URL (/admin/switches/, which is /admin/switches), so the document must not offer it.
const SwitchParams = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }) })

const switchRoutes: FastifyPluginAsyncTypebox<{ store: Store, board: SwitchBoard }> = async (app, { store, board }) => {
  const SwitchView = switchViewSchema(board.catalogue)
  app.addHook('onRequest', forbidStoring)

  app.get('/switches', {
    config: { capability: 'admin' },
    schema: {
      operationId: 'listSwitches',
      tags: ['switches'],
      summary: 'List the capability switches',
      response: { 200: Ok(Type.Array(SwitchView)), ...envelopeErrors.responses(401, 403) }
    }
  }, async function listSwitches () {
    return ok(board.list())
  })

  app.put('/switches/:name', {
    config: { capability: 'admin' },
    preValidation: requireBody(...BODY_MEDIA_TYPES),
    schema: {
      operationId: 'setSwitch',
      tags: ['switches'],
      summary: 'Turn a capability on or off, on every instance',
      params: SwitchParams,
      body: SwitchBody,
      response: { 200: Ok(SwitchView), ...envelopeErrors.responses(400, 401, 403, 404, 415) }
    }
  }, async function setSwitch (request) {
    const { name } = request.params
    if (!isSwitchName(board.catalogue, name)) throw new ApiError('SWITCH_NOT_FOUND', `There is no switch named ${name}`)
    await store.switches.set(name, request.body.enabled, new Date().toISOString(), actorOf(request))
    // Refreshed before we answer, so this instance obeys at once; the others within their refresh interval.
    await board.refresh()
    return ok(board.state(name))
  })
}

export default switchRoutes
