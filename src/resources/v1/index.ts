// Version 1 of the API, mounted under /v1: the original blueprint's envelope.
import type { FastifyPluginAsync } from 'fastify'
import type { Store } from '../../storage/store.ts'
import type { SwitchBoard } from '../../switches/switch-board.ts'
import capabilitiesRoute, { Capabilities } from '../capabilities.ts'
import { behindSwitch } from '../version-switch.ts'
import { Ok, ok } from './envelope.ts'
import { v1Representation } from './people/representation.ts'
import peopleRoutes from './people/routes.ts'

const v1: FastifyPluginAsync<{ store: Store, board: SwitchBoard }> = async (app, { store, board }) => {
  behindSwitch(app, 'v1')
  await app.register(peopleRoutes, { store, representation: v1Representation })
  await app.register(capabilitiesRoute, { version: 'v1', board, show: ok, schema: Ok(Capabilities, 'CapabilitiesEnvelope') })
}

export default v1
