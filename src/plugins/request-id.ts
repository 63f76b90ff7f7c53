// Gives every request an id, keeps a well-formed one the client sent, and echoes it back.
import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import fp from 'fastify-plugin'
import { callbackHook } from '../http/callback-hook.ts'

// Anything longer or stranger could smuggle text into our logs, so we make our own instead.
const WELL_FORMED_ID = /^[\w.:-]{1,128}$/

export function generateRequestId (request: IncomingMessage): string {
  const incoming = request.headers['x-request-id']
  return typeof incoming === 'string' && WELL_FORMED_ID.test(incoming) ? incoming : randomUUID()
}

export default fp(async function requestId (app) {
  // Set on arrival, so that even a reply to a failed request carries it.
  app.addHook('onRequest', callbackHook((request, reply) => {
    reply.header('x-request-id', request.id)
  }))
}, { name: 'request-id' })
