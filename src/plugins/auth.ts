// Bearer-key authentication for every route that is not marked public, and capability checks.
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { Capability } from '../auth/capabilities.ts'
import { grants } from '../auth/capabilities.ts'
import { ConnectionCallers } from '../auth/connection-callers.ts'
import { FailedAttempts } from '../auth/failed-attempts.ts'
import type { Caller, KeyRing } from '../auth/key-ring.ts'
import type { KeyUse } from '../auth/key-use.ts'
import { forbidden, unauthenticated } from '../errors.ts'
import { callbackHook } from '../http/callback-hook.ts'
import { hasSecretInQuery } from '../http/query-secrets.ts'
import { routeConfigOf } from '../http/route-config.ts'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The capability a caller's key must hold; absent means any valid key will do. */
    capability?: Capability
    /** Open to anyone: health checks, the docs, CORS preflights. */
    public?: boolean
  }
  interface FastifyRequest {
    caller: Caller | null
  }
}

// RFC 6750 §2.1: the scheme is case-insensitive, the token is a b64token.
const BEARER = /^Bearer +([\w\-.~+/]+=*) *$/i

function keyIn (header: string): string {
  const key = BEARER.exec(header)?.[1]
  if (key === undefined) throw unauthenticated('The Authorization header must be of the form Bearer <key>')
  return key
}

/** Whose key the request carries: the caller its connection sent last time, or one the key ring finds. */
function callerOf (request: FastifyRequest, keyRing: KeyRing, callers: ConnectionCallers): Caller {
  const header = request.headers.authorization
  if (header === undefined) throw unauthenticated('Authentication is required: send Authorization: Bearer <key>')
  const connection = request.raw.socket
  const keys = keyRing.value
  const remembered = callers.recall(connection, header, keys)
  if (remembered !== undefined) return remembered
  const caller = keyRing.authenticate(keyIn(header))
  if (caller === undefined) throw unauthenticated('The key is not valid or has been revoked')
  callers.remember(connection, header, keys, caller)
  return caller
}

/**
 * Compared on every request, not when the key ring loads: a key expires at
 * its time whether or not the ring has reloaded since, and on connections
 * that remembered it too. A key that never expires costs one comparison.
 */
function unexpired (caller: Caller): Caller {
  if (caller.expiresAt !== null && caller.expiresAt <= Date.now()) {
    throw unauthenticated(`The key expired at ${new Date(caller.expiresAt).toISOString()}; an administrator can make a new one`)
  }
  return caller
}

function authorizedCaller (request: FastifyRequest, { keyRing, keyUse }: AuthOptions, callers: ConnectionCallers): Caller {
  const caller = unexpired(callerOf(request, keyRing, callers))
  // A key that lacks the capability was still used by whoever holds it.
  keyUse.note(caller.keyId)
  const { capability } = routeConfigOf(request)
  if (capability !== undefined && !grants(caller.capabilities, capability)) throw forbidden(capability)
  return caller
}

interface AuthOptions {
  keyRing: KeyRing
  keyUse: KeyUse
  /** Failed authentications (401 or 403) a client address may have in a minute. */
  failuresPerMinute: number
}

export default fp<AuthOptions>(async function auth (app, options) {
  const { failuresPerMinute } = options
  app.decorateRequest('caller', null)
  const failures = new FailedAttempts(failuresPerMinute)
  const callers = new ConnectionCallers()

  // onRequest runs before the body is read, so an unauthenticated client cannot make us parse anything.
  app.addHook('onRequest', callbackHook((request) => {
    // Even where no key is needed: a key in a URL ends up in logs and histories, so the client must learn to stop.
    if (hasSecretInQuery(request.url)) throw unauthenticated('Send the key in the Authorization header (Bearer <key>), never in the URL, where logs and histories keep it')
    const config = routeConfigOf(request)
    // Deny by default: a new route is protected unless it says otherwise.
    if (config.public === true || request.is404) return
    failures.assertMayTry(request)
    try {
      request.caller = authorizedCaller(request, options, callers)
    } catch (error) {
      failures.record(request)
      throw error
    }
  }))
}, { name: 'auth' })
