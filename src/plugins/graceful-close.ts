// While the app closes: finish what is in flight, turn new requests away in the envelope, and let connections go.
import fp from 'fastify-plugin'
import { ApiError } from '../errors.ts'
import { callbackHook, callbackOnSend } from '../http/callback-hook.ts'

export default fp(async function gracefulClose (app) {
  let isClosing = false
  app.addHook('preClose', async () => {
    isClosing = true
  })

  // A request that arrives on a kept-alive connection after close() began
  // gets a 503 it can retry elsewhere, with our envelope and request id.
  app.addHook('onRequest', callbackHook((_request, reply) => {
    if (!isClosing) return
    reply.header('connection', 'close')
    // At once: the next connection reaches another instance, or this one restarted.
    throw new ApiError('SHUTTING_DOWN', 'This instance is shutting down; retry the request', { headers: { 'retry-after': '0' } })
  }))

  // A keep-alive connection busy when close() began would otherwise stay open
  // after its answer, holding the shutdown until the keep-alive timeout.
  app.addHook('onSend', callbackOnSend((_request, reply) => {
    if (isClosing) reply.header('connection', 'close')
  }))
}, { name: 'graceful-close' })
