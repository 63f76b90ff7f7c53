// Tracing through buildApp() with spans exported to memory: an incoming traceparent is continued, the store call is a span under the request's, and the log lines carry the ids.
import { finishedSpans, forgetSpans } from './in-memory-tracing.ts'
import assert from 'node:assert/strict'
import { Writable } from 'node:stream'
import { test } from 'node:test'
import { SpanKind } from '@opentelemetry/api'
import type { ReadableSpan } from '@opentelemetry/sdk-trace'
import pino from 'pino'
import { buildApp } from '../../src/app.ts'
import { openStore } from '../../src/storage/open-store.ts'
import { openSqliteStore } from '../../src/storage/sqlite/index.ts'
import type { Store } from '../../src/storage/store.ts'
import { dropSchema, randomSchemaName, withSchema } from '../storage/postgres-schema.ts'

const ADMIN_KEY = 'tracing-test-admin-key-of-32-characters'
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736'
const CALLER_SPAN_ID = '00f067aa0ba902b7'
const headers = { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json', traceparent: `00-${TRACE_ID}-${CALLER_SPAN_ID}-01` }

function memoryLog (): { logger: pino.Logger, lines: () => Array<Record<string, unknown>> } {
  const chunks: string[] = []
  const stream = new Writable({
    write (chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString())
      done()
    }
  })
  return { logger: pino(stream), lines: () => chunks.join('').split('\n').filter(Boolean).map(line => JSON.parse(line) as Record<string, unknown>) }
}

async function spansOfTrace (): Promise<ReadableSpan[]> {
  return (await finishedSpans()).filter(span => span.spanContext().traceId === TRACE_ID)
}

/**
 * Whether a span started no earlier than another. Start times are [seconds,
 * nanoseconds] pairs, which `>=` would compare as text ("…,123" < "…,99").
 */
function startedNoEarlier (span: ReadableSpan, than: ReadableSpan): boolean {
  const [seconds, nanoseconds] = span.startTime
  const [otherSeconds, otherNanoseconds] = than.startTime
  return seconds > otherSeconds || (seconds === otherSeconds && nanoseconds >= otherNanoseconds)
}

/** The ids of a span's parent, its parent's parent and so on, as far as they were exported. */
function ancestorIds (span: ReadableSpan, spans: readonly ReadableSpan[]): string[] {
  const ids: string[] = []
  let parentId = span.parentSpanContext?.spanId
  while (parentId !== undefined) {
    ids.push(parentId)
    parentId = spans.find(other => other.spanContext().spanId === parentId)?.parentSpanContext?.spanId
  }
  return ids
}

async function readTraced (store: Store): Promise<{ spans: ReadableSpan[], log: Array<Record<string, unknown>> }> {
  const log = memoryLog()
  const app = await buildApp({ store, adminKey: ADMIN_KEY, logger: log.logger })
  try {
    forgetSpans()
    const response = await app.inject({ url: '/v1/people/nobody', headers })
    assert.equal(response.statusCode, 404)
    // Untraced: its log line must not inherit the ids of the request before.
    assert.equal((await app.inject({ url: '/health' })).statusCode, 200)
    return { spans: await spansOfTrace(), log: log.lines() }
  } finally {
    await app.close()
  }
}

test('a request with a traceparent yields a server span of that trace, the store call a span under it, and log lines carrying the ids', async (t) => {
  const store = openSqliteStore(':memory:')
  t.after(() => store.close())
  const { spans, log } = await readTraced(store)

  const server = spans.find(span => span.kind === SpanKind.SERVER)
  assert.ok(server, `no server span among ${spans.map(span => span.name).join(', ')}`)
  assert.equal(server.name, 'GET /v1/people/:name')
  assert.equal(server.parentSpanContext?.spanId, CALLER_SPAN_ID, 'the caller\'s span is the parent')
  const storeCall = spans.find(span => span.name === 'store people.find')
  assert.ok(storeCall, 'no span for the store call')
  assert.ok(ancestorIds(storeCall, spans).includes(server.spanContext().spanId), 'the store call is not under the request')
  assert.ok(startedNoEarlier(storeCall, server), 'the store call started before the request')

  const line = log.find(entry => entry.msg === 'request' && entry.path === '/v1/people/nobody')
  assert.equal(line?.traceId, TRACE_ID)
  assert.equal(line?.spanId, server.spanContext().spanId)
  const untraced = log.find(entry => entry.msg === 'request' && entry.path === '/health')
  assert.ok(untraced !== undefined && !('traceId' in untraced), 'the ids stayed with their request')
})

test('probes, scrapes and the background refreshes make no spans', async (t) => {
  const store = openSqliteStore(':memory:')
  const app = await buildApp({ store, adminKey: ADMIN_KEY, keyRefreshMs: 20, switchRefreshMs: 20 })
  t.after(async () => {
    await app.close()
    await store.close()
  })
  forgetSpans()
  for (const url of ['/health', '/ready', '/metrics']) assert.equal((await app.inject({ url, headers })).statusCode, 200, url)
  await new Promise(resolve => setTimeout(resolve, 200))
  assert.deepEqual((await finishedSpans()).map(span => span.name), [])
})

test('on PostgreSQL, the driver\'s query is a span under the store call\'s', async (t) => {
  const serverUrl = process.env.TEST_POSTGRES_URL
  if (serverUrl === undefined) {
    t.skip('TEST_POSTGRES_URL is not set; CI sets it, so there this test always runs')
    return
  }
  const schema = randomSchemaName('tracing_test')
  const store = await openStore(withSchema(serverUrl, schema))
  t.after(async () => {
    await store.close()
    await dropSchema(serverUrl, schema)
  })
  const { spans } = await readTraced(store)

  const storeCall = spans.find(span => span.name === 'store people.find')
  assert.ok(storeCall, `no store span among ${spans.map(span => span.name).join(', ')}`)
  const query = spans.find(span => span.name.startsWith('pg.query'))
  assert.ok(query, `no pg span among ${spans.map(span => span.name).join(', ')}`)
  assert.equal(query.parentSpanContext?.spanId, storeCall.spanContext().spanId)
})
