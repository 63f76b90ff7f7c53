// Writes one structured log line per request: no headers, no bodies, so no keys.
import fp from 'fastify-plugin'

export default fp(async function requestLog (app) {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info({
      method: request.method,
      path: request.url,
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 100) / 100
    }, 'request')
  })
}, { name: 'request-log' })
