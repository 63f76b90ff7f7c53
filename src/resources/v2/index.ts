// Version 2 of the API, mounted under /v2: the same store, validation and handlers as v1, shown HTTP-natively.
import type { FastifyPluginAsync } from 'fastify'
import type { Store } from '../../storage/store.ts'
import type { SwitchBoard } from '../../switches/switch-board.ts'
import capabilitiesRoute, { Capabilities } from '../capabilities.ts'
import peopleRoutes from '../v1/people/routes.ts'
import { behindSwitch } from '../version-switch.ts'
import { v2Representation } from './people/representation.ts'

const v2: FastifyPluginAsync<{ store: Store, board: SwitchBoard }> = async (app, { store, board }) => {
  behindSwitch(app, 'v2')
  await app.register(peopleRoutes, { store, representation: v2Representation })
  await app.register(capabilitiesRoute, { version: 'v2', board, show: capabilities => capabilities, schema: Capabilities })
}

export default v2
