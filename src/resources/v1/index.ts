// Version 1 of the API, mounted under /v1: the original blueprint's envelope.
import type { FastifyPluginAsync } from 'fastify'
import type { Store } from '../../storage/store.ts'
import { v1Representation } from './people/representation.ts'
import peopleRoutes from './people/routes.ts'

const v1: FastifyPluginAsync<{ store: Store }> = async (app, { store }) => {
  await app.register(peopleRoutes, { store, representation: v1Representation })
}

export default v1
