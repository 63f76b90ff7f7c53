// Version 2 of the API, mounted under /v2: the same store, validation and handlers as v1, shown HTTP-natively.
import type { FastifyPluginAsync } from 'fastify'
import type { Store } from '../../storage/store.ts'
import peopleRoutes from '../v1/people/routes.ts'
import { v2Representation } from './people/representation.ts'

const v2: FastifyPluginAsync<{ store: Store }> = async (app, { store }) => {
  await app.register(peopleRoutes, { store, representation: v2Representation })
}

export default v2
