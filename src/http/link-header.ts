// The Link header (RFC 8288) carries the links of more than one part of the app: each adds its own.
import type { FastifyReply } from 'fastify'

/**
 * Adds one link after those the reply already carries, so that a list
 * page's rel="next" and a deprecated version's links travel together
 * instead of the later one replacing the earlier.
 */
export function addLink (reply: FastifyReply, target: string, relation: string): void {
  const link = `<${target}>; rel="${relation}"`
  const existing = reply.getHeader('link')
  reply.header('link', existing === undefined ? link : `${String(existing)}, ${link}`)
}
