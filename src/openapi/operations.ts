// Finishes each route's OpenAPI operation from what the route declares: who may call it, and what it may answer.
import type { FastifySchema, RouteOptions } from 'fastify'

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Described in every version's document (health), where a route of no
     * version is otherwise described only with the versions that share its envelope.
     */
    describedInEveryVersion?: boolean
  }
}

/** Marks that only the document builder reads; it removes them before publishing. */
export const VERSION_MARK = 'x-version'
export const EVERY_VERSION_MARK = 'x-every-version'

interface TransformInput {
  schema: FastifySchema
  url: string
  route: RouteOptions
}

/**
 * Marks the operation with the facts the document builder needs later
 * (x-… extensions are kept by OpenAPI tools and shown by readers):
 * authentication, capability, switches, and whether CSV can carry its answer.
 */
export function describeOperation ({ schema, url, route }: TransformInput): { schema: FastifySchema, url: string } {
  const config = route.config ?? {}
  const described: Record<string, unknown> = {
    ...schema,
    security: config.public === true ? [] : [{ bearerKey: [] }]
  }
  if (config.capability !== undefined) described['x-capability'] = config.capability
  if (config.switches !== undefined && config.switches.length > 0) described['x-switches'] = config.switches
  if (config.tabular === true) described['x-tabular'] = true
  if (config.docs !== undefined && config.redirectBrowsers !== undefined) described['x-browser-redirect'] = config.docs
  if (config.version !== undefined) described[VERSION_MARK] = config.version.name
  if (config.describedInEveryVersion === true) described[EVERY_VERSION_MARK] = true
  return { schema: described as FastifySchema, url }
}
