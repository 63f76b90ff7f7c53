// Who asks for a change through the admin routes, as the record of changes names them.
import type { FastifyRequest } from 'fastify'
import type { Actor } from '../../storage/store.ts'

/** The key the request carries, by id, and the request itself, which the log line names too. */
export function actorOf (request: FastifyRequest): Actor {
  // The admin routes need the admin capability, so authentication has found a caller.
  const name = request.caller?.keyId
  if (name === undefined) throw new Error('An admin route was reached without a caller')
  return { name, requestId: request.id }
}
