// OPTIONS and 405 for every path the app serves, derived from the methods each path really serves.
import type { FastifyInstance, HTTPMethods, RouteOptions } from 'fastify'
import type { ApiVersion } from '../api-version.ts'
import { methodNotAllowed } from '../errors.ts'
import { callbackHook } from './callback-hook.ts'
import { METHODS } from './node-http.ts'

interface ServedPath {
  methods: Set<string>
  /** The path's routes are public (health) or need a key, and belong to a version or none. */
  isPublic: boolean
  version: ApiVersion | undefined
}

/** Every method Node's parser accepts but CONNECT, which never reaches a route. */
const PARSED_METHODS = METHODS.filter(method => method !== 'CONNECT')

/**
 * Call first: Fastify serves only the methods it knows, so the rest Node
 * parses are taught to it, and every route registered from now on is noted
 * by path. Then call answerOtherMethods() once every route is registered.
 */
export function noteServedMethods (app: FastifyInstance): Map<string, ServedPath> {
  for (const method of PARSED_METHODS) {
    if (!app.supportedMethods.includes(method)) app.addHttpMethod(method, { hasBody: true })
  }
  const served = new Map<string, ServedPath>()
  app.addHook('onRoute', function noteServedMethod (route: RouteOptions) {
    const config = route.config ?? {}
    const path = served.get(route.url) ?? { methods: new Set(), isPublic: config.public === true, version: config.version }
    for (const method of [route.method].flat()) path.methods.add(method)
    served.set(route.url, path)
  })
  return served
}

/**
 * OPTIONS answers 204 with `Allow`, and every other method 405 with the same
 * `Allow`, on every path: a client learns what a path does rather than
 * that it does not exist. A path needing a key needs one for these too.
 * Where a path serves PATCH, OPTIONS also says, in `Accept-Patch`, which
 * media types a patch may be (RFC 5789 §3.1).
 */
export function answerOtherMethods (app: FastifyInstance, served: Map<string, ServedPath>, acceptPatch: string): void {
  for (const [url, { methods, isPublic, version }] of [...served]) {
    if (methods.has('OPTIONS')) continue
    // In the order the routes were declared, then the methods Fastify implies.
    const declared = [...methods].filter(method => method !== 'HEAD')
    const allowed = [...declared, ...(methods.has('HEAD') ? ['HEAD'] : []), 'OPTIONS']
    const allow = allowed.join(', ')
    const config = { public: isPublic, ...(version === undefined ? {} : { version }) }
    const patchHeaders = methods.has('PATCH') ? { 'accept-patch': acceptPatch } : {}
    app.options(url, { config: { ...config, public: true }, schema: { hide: true } }, async function answerOptions (_request, reply) {
      return reply.code(204).header('allow', allow).headers(patchHeaders).send()
    })
    const refuseMethod = (): never => { throw methodNotAllowed(allowed) }
    app.route({
      method: PARSED_METHODS.filter(method => !allowed.includes(method)) as HTTPMethods[],
      url,
      config,
      // Not operations of their own: the description lists what a path does serve.
      schema: { hide: true },
      // Refused before the body is read, after authentication: no parsing for
      // a method never served, and no demand for the Content-Type that Fastify
      // wants of a QUERY. Fastify needs a handler all the same.
      onRequest: callbackHook(refuseMethod),
      handler: refuseMethod
    })
  }
}
