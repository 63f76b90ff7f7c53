// Gives every request an id, keeps a well-formed one the client sent, and echoes it back.
import { randomBytes } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import fp from 'fastify-plugin'
import { callbackHook } from '../http/callback-hook.ts'

// Anything longer or stranger could smuggle text into our logs, so we make our own instead.
const WELL_FORMED_ID = /^[\w.:-]{1,128}$/

// An id needs to be unique, not secret: a random prefix drawn once per
// process, then a counter. Two processes draw the same prefix with a chance
// of one in 2^48; a UUID per request would cost a call for random bytes and
// 36 characters in every answer's header and log line, where this is about a dozen.
const PROCESS_PREFIX = randomBytes(6).toString('base64url')
let issued = 0

/** A fresh id, for a request that did not bring one, or an answer written before any request exists. */
export function newRequestId (): string {
  issued++
  return `${PROCESS_PREFIX}-${issued.toString(36)}`
}

export function generateRequestId (request: IncomingMessage): string {
  const incoming = request.headers['x-request-id']
  return typeof incoming === 'string' && WELL_FORMED_ID.test(incoming) ? incoming : newRequestId()
}

export default fp(async function requestId (app) {
  // Set on arrival, so that even a reply to a failed request carries it.
  app.addHook('onRequest', callbackHook((request, reply) => {
    reply.header('x-request-id', request.id)
  }))
}, { name: 'request-id' })
