// Until keys and switches have been loaded from the store once, answers 503 to every route that needs them, rather than refuse good keys.
import fp from 'fastify-plugin'
import { storeUnavailable } from '../errors.ts'
import { callbackHook } from '../http/callback-hook.ts'
import { routeConfigOf } from '../http/route-config.ts'

export interface StoreGateOptions {
  /** True once the keys and the switches have been read from the store. */
  isLoaded: () => boolean
}

/**
 * While the store is still being opened (start-server retries it), or was
 * away when the app was built, no stored key is known: without this gate a
 * valid key would be refused with 401, and switches would be at their
 * defaults. Public routes (/health, /ready, the docs) need neither, and an
 * unknown URL is a 404 whatever the store does.
 */
export default fp<StoreGateOptions>(async function storeGate (app, { isLoaded }) {
  app.addHook('onRequest', callbackHook(function waitForTheStore (request) {
    if (routeConfigOf(request).public === true || request.is404 || isLoaded()) return
    throw storeUnavailable()
  }))
}, { name: 'store-gate' })
