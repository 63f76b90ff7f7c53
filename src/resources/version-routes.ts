// Mounts one version's routes under its prefix, each carrying the version and standing behind the version's switch.
import type { FastifyPluginAsync } from 'fastify'
import { retirementSwitchOf } from '../api-version.ts'
import { routeNotFound } from '../errors.ts'
import type { Store } from '../storage/store.ts'
import type { SwitchBoard } from '../switches/switch-board.ts'
import capabilitiesRoute from './capabilities.ts'
import peopleRoutes from './people/routes.ts'
import type { VersionDefinition } from './version-definition.ts'

interface VersionRoutesOptions {
  version: VersionDefinition
  store: Store
  board: SwitchBoard
  requirePreconditions: boolean
}

const versionRoutes: FastifyPluginAsync<VersionRoutesOptions> = async (app, { version, store, board, requirePreconditions }) => {
  // Every route learns its version here, so the error handler, the API
  // description and the deprecation headers read it from the route, not from the URL;
  // switching a version off closes all of it, and retiring it ends all of it.
  const retiredBy = version.successor === undefined ? undefined : retirementSwitchOf(version)
  app.addHook('onRoute', function belongToVersion (route) {
    route.config = { ...route.config, version, switches: [version.name, ...route.config?.switches ?? []], ...(retiredBy === undefined ? {} : { retiredBy }) }
  })
  await app.register(peopleRoutes, { store, version, requirePreconditions })
  await app.register(capabilitiesRoute, { version, board })

  // A browser that opens the version itself lands on its docs; a client gets
  // the 404 it would get anyway. Public: it tells nothing a client could not read in the docs.
  app.get('/', {
    config: { public: true, docs: `/docs#${version.name}`, redirectBrowsers: version.people.redirectBrowsers },
    schema: { hide: true }
  }, async function openVersionRoot () {
    throw routeNotFound()
  })
}

export default versionRoutes
