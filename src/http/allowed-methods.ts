// OPTIONS and 405 for a path, derived from the methods the path really serves.
import type { FastifyInstance, HTTPMethods } from 'fastify'
import { methodNotAllowed } from '../errors.ts'

const STANDARD_METHODS: readonly HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE']

/**
 * Call after registering a path's routes with the methods it serves (HEAD is
 * implied by GET, as Fastify adds it). OPTIONS answers 204 with `Allow`, and
 * every other standard method answers 405 with the same `Allow`.
 */
export function allowMethods (app: FastifyInstance, url: string, served: readonly HTTPMethods[]): void {
  const allowed = [...served, ...(served.includes('GET') ? ['HEAD'] : []), 'OPTIONS']
  const allow = allowed.join(', ')
  app.options(url, { config: { public: true }, schema: { hide: true } }, async (_request, reply) => {
    return reply.code(204).header('allow', allow).send()
  })
  const refused = STANDARD_METHODS.filter(method => !allowed.includes(method))
  app.route({
    method: refused,
    url,
    // Not operations of their own: the description lists what a path does serve.
    schema: { hide: true },
    handler: async () => { throw methodNotAllowed(allowed) }
  })
}
