// The matched route's config, read once per request.
import type { FastifyInstance, FastifyRequest } from 'fastify'

type RouteConfig = FastifyRequest['routeOptions']['config']

const ROUTE_CONFIG = Symbol('route config')

declare module 'fastify' {
  interface FastifyRequest {
    [ROUTE_CONFIG]: RouteConfig | null
  }
}

/**
 * Every read of request.routeOptions builds a new object of a dozen fields,
 * about 550 instructions, and a request passes through ten hooks that want
 * its config. The first to ask keeps it on the request for the others.
 */
export function routeConfigOf (request: FastifyRequest): RouteConfig {
  return (request[ROUTE_CONFIG] ??= request.routeOptions.config)
}

/** Declares the slot up front, so that every request object has the same shape. */
export function keepRouteConfig (app: FastifyInstance): void {
  app.decorateRequest(ROUTE_CONFIG, null)
}
