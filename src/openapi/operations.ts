// Finishes each route's OpenAPI operation from what the route declares: who may call it, and what it may answer.
import type { FastifySchema, RouteOptions } from 'fastify'

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
  return { schema: described as FastifySchema, url }
}
