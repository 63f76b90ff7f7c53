// The request line is put together from pino's pieces: it must be, byte for byte, the line pino's info() writes.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { LoggerOptions } from 'pino'
import { captureLog } from '../capture-log.ts'
import { redactSecrets } from '../../src/http/query-secrets.ts'
import { logRequest } from '../../src/plugins/request-log.ts'

// A fixed time, so that two lines written a moment apart can be compared whole.
const FIXED_TIME = { timestamp: () => ',"time":1796600000000' }

/** The request line through logRequest, and the line pino itself writes for the same fields. */
function bothLines (url: string, options: LoggerOptions = {}, bindings: Record<string, string> = { reqId: 'req-1' }, keyId?: string): [string | undefined, string | undefined] {
  const { logger, text } = captureLog('info', { ...FIXED_TIME, ...options })
  const log = logger.child(bindings)
  const request = { log, method: 'GET', url, caller: keyId === undefined ? null : { keyId } } as unknown as FastifyRequest
  const reply = { statusCode: 404, elapsedTime: 1.23456 } as unknown as FastifyReply
  logRequest(request, reply)
  log.info({ method: 'GET', path: redactSecrets(url), status: 404, ms: 1.23, keyId }, 'request')
  const [ours, pinos] = text().split(/(?<=\n)/)
  return [ours, pinos]
}

const URLS = [
  '/v1/people/fred',
  '/v1/people/Jos%C3%A9?limit=2',
  '/v1/people/"quoted"\\back\\slash',
  '/v1/people/\u00e9\u{1F600}\u0007\u2028',
  '/v1/people?key=secret'
]

test('the request line is the line pino writes, whatever the path holds', () => {
  for (const url of URLS) {
    const [ours, pinos] = bothLines(url)
    assert.ok(ours !== undefined && pinos !== undefined, url)
    assert.equal(ours, pinos, url)
    assert.doesNotMatch(ours, /secret/)
  }
})

test('the id of the key that sent the request is in its line, as pino writes it; with no key, no field', () => {
  for (const url of URLS) {
    const [ours, pinos] = bothLines(url, {}, { reqId: 'req-1' }, 'key_AbC-d_9')
    assert.equal(ours, pinos, url)
    assert.match(ours ?? '', /,"keyId":"key_AbC-d_9",/)
  }
  assert.doesNotMatch(bothLines('/v1/people/fred')[0] ?? '', /keyId/)
})

test('bindings added to a request\'s logger, such as trace ids, are in its line', () => {
  const [ours, pinos] = bothLines('/v1/people/fred', {}, { reqId: 'req-2', traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) })
  assert.equal(ours, pinos)
  assert.match(ours ?? '', /"traceId":"a{32}","spanId":"b{16}"/)
})

test('a logger that changes lines gets its line through info(), changed as it would change any', () => {
  const [ours, pinos] = bothLines('/v1/people/fred', { mixin: () => ({ region: 'eu' }) })
  assert.equal(ours, pinos)
  assert.match(ours ?? '', /"region":"eu"/)
})

test('no line below the logger\'s level', () => {
  const { logger, text } = captureLog('warn', FIXED_TIME)
  logRequest({ log: logger.child({ reqId: 'req-3' }), method: 'GET', url: '/' } as unknown as FastifyRequest, { statusCode: 200, elapsedTime: 1 } as unknown as FastifyReply)
  assert.equal(text(), '')
})
