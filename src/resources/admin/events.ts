// GET /admin/events: every change to keys and switches, who asked for it and when, newest first.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { forbidStoring } from '../../http/cache-control.ts'
import { listPage } from '../../http/list-page.ts'
import { envelopeErrors, okPage } from '../../responses/envelope.ts'
import type { Store } from '../../storage/store.ts'
import { DEFAULT_EVENTS_PAGE_SIZE, EventsPage, EventsQuery } from './schemas.ts'

const eventRoutes: FastifyPluginAsyncTypebox<{ store: Store }> = async (app, { store }) => {
  // Who holds which access is for administrators alone, not for a cache on the way.
  app.addHook('onRequest', forbidStoring)

  app.get('/events', {
    config: { capability: 'admin' },
    schema: {
      operationId: 'listEvents',
      tags: ['events'],
      summary: 'Changes to keys and switches, who asked for them and when, newest first',
      querystring: EventsQuery,
      response: { 200: EventsPage, ...envelopeErrors.responses(400, 401, 403) }
    }
  }, async function listEvents (request, reply) {
    const { limit = DEFAULT_EVENTS_PAGE_SIZE, before } = request.query
    const rows = await store.events.list({ before, limit: limit + 1 })
    // Ids are not secret and only ever grow: unlike a list of people's cursor, there is nothing to sign.
    const { items, next } = listPage(reply, rows, limit, last => `/admin/events?${new URLSearchParams({ limit: String(limit), before: String(last.id) })}`)
    return okPage(items, next)
  })
}

export default eventRoutes
