// Hooks on the hot path take a callback: a callback-style hook costs no promise and no microtask per request.
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify'

type Check = (request: FastifyRequest, reply: FastifyReply) => void

/**
 * Turns a check that does not wait for anything into an onRequest, preValidation or onResponse
 * hook. A throw becomes the error answer, exactly as in an async hook.
 */
export function callbackHook (check: Check): (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => void {
  return (request, reply, done) => {
    try {
      check(request, reply)
    } catch (error) {
      done(error as Error)
      return
    }
    done()
  }
}

/** An onSend hook that only sets headers: the payload passes through untouched. */
export function callbackOnSend (check: Check): (request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (error: Error | null, payload: unknown) => void) => void {
  return (request, reply, payload, done) => {
    check(request, reply)
    done(null, payload)
  }
}
