// Writes one structured log line per request: who sent it by key id, never a key; no headers, no bodies, and a URL without keys.
import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import pino from 'pino'
import type { Logger } from 'pino'
import { callbackHook } from '../http/callback-hook.ts'
import { decimal } from '../http/decimal.ts'
import { redactSecrets } from '../http/query-secrets.ts'

const { chindingsSym, endSym, formattersSym, hooksSym, lsCacheSym, messageKeySym, mixinSym, streamSym, stringifiersSym, timeSym } = pino.symbols
const INFO = 30

/** A pino logger's own pieces, under the symbols pino exports for them. */
type PinoParts = Record<symbol, unknown>

/**
 * True for a pino logger that writes an object's fields as they are, as the
 * one start-server.ts makes does: no mixin, formatter, hook, redaction or
 * other message key that would change the line.
 */
function writesFieldsAsTheyAre (parts: PinoParts): boolean {
  const formatters = parts[formattersSym] as { log?: unknown } | undefined
  const hooks = parts[hooksSym] as { logMethod?: unknown, streamWrite?: unknown } | undefined
  const stringifiers = parts[stringifiersSym] as object | undefined
  return typeof parts[chindingsSym] === 'string' && parts[mixinSym] === undefined && formatters?.log === undefined &&
    hooks?.logMethod === undefined && hooks?.streamWrite === undefined && parts[messageKeySym] === 'msg' &&
    (stringifiers === undefined || Reflect.ownKeys(stringifiers).length === 0)
}

/**
 * One line per request is the most the log does, and pino's info() works
 * its fields out anew each time: about 15,000 instructions a line, a twentieth
 * of a whole GET. This line always has the same fields, so it is put
 * together from pino's own pieces (the level, the time, the request's
 * bindings with its id and any trace ids) as pino would write it, for about
 * a third of that. A test holds it to the line pino writes.
 */
export function logRequest (request: FastifyRequest, reply: FastifyReply): void {
  const { log } = request
  const method = request.method
  const path = redactSecrets(request.url)
  const status = reply.statusCode
  const ms = Math.round(reply.elapsedTime * 100) / 100
  // Who did it, for whoever reads the log after a change nobody expected; absent where no key was found.
  const keyId = request.caller?.keyId
  const parts = log as unknown as PinoParts
  if (!writesFieldsAsTheyAre(parts)) {
    log.info({ method, path, status, ms, keyId }, 'request')
    return
  }
  if (!(log as Logger).isLevelEnabled('info')) return
  const level = (parts[lsCacheSym] as Record<number, string>)[INFO] ?? ''
  const time = (parts[timeSym] as () => string)()
  const bindings = parts[chindingsSym] as string
  const end = parts[endSym] as string
  const who = keyId === undefined ? '' : `,"keyId":${JSON.stringify(keyId)}`
  const line = `${level}${time}${bindings},"method":${JSON.stringify(method)},"path":${JSON.stringify(path)},"status":${status},"ms":${decimal(ms)}${who},"msg":"request"${end}`
  const destination = parts[streamSym] as { write: (line: string) => void }
  destination.write(line)
}

export default fp(async function requestLog (app) {
  app.addHook('onResponse', callbackHook(logRequest))
}, { name: 'request-log' })
