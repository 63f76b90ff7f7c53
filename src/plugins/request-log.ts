// Writes one structured log line per request: no headers, no bodies, and a URL without keys.
import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { callbackHook } from '../http/callback-hook.ts'
import { redactSecrets } from '../http/query-secrets.ts'

export function logRequest (request: FastifyRequest, reply: FastifyReply): void {
  request.log.info({
    method: request.method,
    path: redactSecrets(request.url),
    status: reply.statusCode,
    ms: Math.round(reply.elapsedTime * 100) / 100
  }, 'request')
}

export default fp(async function requestLog (app) {
  app.addHook('onResponse', callbackHook(logRequest))
}, { name: 'request-log' })
