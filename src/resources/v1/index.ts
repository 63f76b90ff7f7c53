// Version 1 of the API, mounted under /v1: the original blueprint's envelope.
import type { FastifyPluginAsync } from 'fastify'
import type { Store } from '../../storage/store.ts'
import peopleRoutes from './people/routes.ts'

const v1: FastifyPluginAsync<{ store: Store }> = async (app, { store }) => {
  await app.register(peopleRoutes, { store })
}

export default v1
