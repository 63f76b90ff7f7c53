// GET /metrics through buildApp() and inject(): who may read it, and what each metric counts.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.ts'
import type { AppOptions } from '../../src/app.ts'
import type { Capability } from '../../src/auth/capabilities.ts'
import { openSqliteStore } from '../../src/storage/sqlite/index.ts'
import type { Store } from '../../src/storage/store.ts'
import { readSamples, requestSeries } from './samples.ts'
import { issueKey } from '../keys.ts'

const ADMIN_KEY = 'metrics-test-admin-key-of-32-characters'
const asAdmin = { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' }

async function appWith (options: Partial<AppOptions> = {}): Promise<FastifyInstance> {
  return buildApp({ store: openSqliteStore(':memory:'), adminKey: ADMIN_KEY, rateLimit: 100_000, ...options })
}

async function makeKey (app: FastifyInstance, capabilities: Capability[]): Promise<string> {
  return (await issueKey(app, ADMIN_KEY, 'metrics-test', capabilities)).key
}

async function scrape (app: FastifyInstance): Promise<{ text: string, samples: Map<string, number> }> {
  const response = await app.inject({ url: '/metrics', headers: { authorization: `Bearer ${ADMIN_KEY}` } })
  assert.equal(response.statusCode, 200, response.body)
  return { text: response.body, samples: readSamples(response.body) }
}

test('GET /metrics answers a key with the metrics capability, in the text format, and refuses others like any protected route', async (t) => {
  const app = await appWith()
  t.after(() => app.close())
  const scraper = await makeKey(app, ['metrics'])
  const reader = await makeKey(app, ['people:read'])

  const anonymous = await app.inject({ url: '/metrics' })
  assert.equal(anonymous.statusCode, 401)
  assert.deepEqual(anonymous.json(), { status: 'error', message: 'Authentication is required: send Authorization: Bearer <key>' })
  const withoutCapability = await app.inject({ url: '/metrics', headers: { authorization: `Bearer ${reader}` } })
  assert.equal(withoutCapability.statusCode, 403)
  assert.match(withoutCapability.body, /capability metrics/)

  // What Prometheus sends: its own formats first, then anything.
  const scraped = await app.inject({ url: '/metrics', headers: { authorization: `Bearer ${scraper}`, accept: 'application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5,*/*;q=0.1' } })
  assert.equal(scraped.statusCode, 200)
  assert.equal(scraped.headers['content-type'], 'text/plain; version=0.0.4; charset=utf-8')
  assert.match(scraped.body, /^# HELP http_request_duration_seconds /m)
  assert.match(scraped.body, /^process_cpu_seconds_total \d/m, 'the process metrics are there')

  // The scraper's key is good for nothing else.
  assert.equal((await app.inject({ url: '/v1/people/fred', headers: { authorization: `Bearer ${scraper}`, accept: 'application/json' } })).statusCode, 403)
})

test('requests are counted and timed by method, route template, status and version, never by their raw URL', async (t) => {
  const app = await appWith()
  t.after(() => app.close())
  await app.inject({ method: 'PUT', url: '/v1/people/alice-7f3a', headers: { ...asAdmin, 'content-type': 'application/json' }, payload: { email: 'a@example.com' } })
  for (let i = 0; i < 3; i++) await app.inject({ url: '/v1/people/alice-7f3a', headers: asAdmin })
  await app.inject({ url: '/v2/people/bob-9c1e', headers: asAdmin })
  await app.inject({ url: '/v1/no/such/thing-5b2d', headers: asAdmin })
  await app.inject({ url: '/nowhere-0d4e' })
  await app.inject({ url: '/health' })
  // Not valid UTF-8 once decoded: answered before any hook runs, and still counted.
  await app.inject({ url: '/v1/people/%E0%A4%A', headers: asAdmin })

  const { text, samples } = await scrape(app)
  assert.equal(samples.get(`http_requests_total${requestSeries('PUT', '/v1/people/:name', 201, 'v1')}`), 1)
  assert.equal(samples.get(`http_requests_total${requestSeries('GET', '/v1/people/:name', 200, 'v1')}`), 3)
  assert.equal(samples.get(`http_requests_total${requestSeries('GET', '/v2/people/:name', 404, 'v2')}`), 1)
  assert.equal(samples.get(`http_requests_total${requestSeries('GET', 'unmatched', 404, 'none')}`), 2)
  assert.equal(samples.get(`http_requests_total${requestSeries('GET', 'unmatched', 400, 'none')}`), 1)
  assert.equal(samples.get(`http_requests_total${requestSeries('GET', '/health', 200, 'none')}`), 1)
  for (const raw of ['alice-7f3a', 'bob-9c1e', 'thing-5b2d', 'nowhere-0d4e', '%E0']) assert.ok(!text.includes(raw), `${raw} reached a label`)

  const getPerson = requestSeries('GET', '/v1/people/:name', 200, 'v1').slice(1, -1)
  assert.equal(samples.get(`http_request_duration_seconds_count{${getPerson}}`), 3)
  assert.equal(samples.get(`http_request_duration_seconds_bucket{${getPerson},le="+Inf"}`), 3)
  assert.equal(samples.get(`http_request_duration_seconds_bucket{${getPerson},le="10"}`), 3, 'no answer took 10 s')
  const sum = samples.get(`http_request_duration_seconds_sum{${getPerson}}`) ?? 0
  assert.ok(sum > 0 && sum < 30, `the sum is in seconds: ${sum}`)
})

test('the store\'s latency is measured for each operation', async (t) => {
  const app = await appWith()
  t.after(() => app.close())
  const before = (await scrape(app)).samples
  await app.inject({ url: '/v1/people/carol', headers: asAdmin })
  await app.inject({ url: '/v1/people/carol', headers: asAdmin })
  await app.inject({ method: 'DELETE', url: '/v1/people/carol', headers: asAdmin })
  const after = (await scrape(app)).samples
  const count = (samples: Map<string, number>, operation: string): number => samples.get(`blueprint_store_operation_duration_seconds_count{operation="${operation}"}`) ?? NaN
  assert.equal(count(after, 'people.find') - count(before, 'people.find'), 2)
  assert.equal(count(after, 'people.remove') - count(before, 'people.remove'), 1)
  assert.equal(count(after, 'people.put'), 0, 'an operation never called is there, at zero')
  assert.ok(count(after, 'keys.revision') >= 1, 'the key ring\'s refreshes are store calls too')
})

test('failed authentications and rate-limit refusals are counted', async (t) => {
  const app = await appWith({ rateLimit: 3 })
  t.after(() => app.close())
  const reader = await makeKey(app, ['people:read'])
  await app.inject({ url: '/v1/people/dave', headers: { accept: 'application/json' } })
  await app.inject({ url: '/v1/people/dave', headers: { authorization: 'Bearer not-a-key', accept: 'application/json' } })
  await app.inject({ method: 'DELETE', url: '/v1/people/dave', headers: { authorization: `Bearer ${reader}`, accept: 'application/json' } })
  // The 403 was refused before the rate limit counted it: three GETs pass.
  const statuses: number[] = []
  for (let i = 0; i < 5; i++) statuses.push((await app.inject({ url: '/v1/people/dave', headers: { authorization: `Bearer ${reader}`, accept: 'application/json' } })).statusCode)
  assert.deepEqual(statuses, [404, 404, 404, 429, 429])

  const { samples } = await scrape(app)
  assert.equal(samples.get('blueprint_auth_failures_total{status_code="401"}'), 2)
  assert.equal(samples.get('blueprint_auth_failures_total{status_code="403"}'), 1)
  assert.equal(samples.get('blueprint_rate_limit_refusals_total'), 2)
})

test('the switches, the age of the key ring and switch board, and the store\'s answer are gauges read at each scrape', async (t) => {
  const app = await appWith()
  t.after(() => app.close())
  const off = await app.inject({ method: 'PUT', url: '/admin/switches/format.csv', headers: { ...asAdmin, 'content-type': 'application/json' }, payload: { enabled: false } })
  assert.equal(off.statusCode, 200)

  const { samples } = await scrape(app)
  assert.equal(samples.get('blueprint_switch_enabled{switch="format.csv"}'), 0)
  assert.equal(samples.get('blueprint_switch_enabled{switch="format.yaml"}'), 1)
  assert.equal(samples.get('blueprint_switch_enabled{switch="v1.deprecated"}'), 0)
  for (const copy of ['key_ring', 'switch_board']) {
    const age = samples.get(`blueprint_${copy}_age_seconds`) ?? NaN
    // Refreshed every 250-500 ms: a few seconds is plenty on a slow machine.
    assert.ok(age >= 0 && age < 5, `${copy} age ${age}`)
  }
  assert.equal(samples.get('blueprint_store_up'), 1)
})

test('the expiry of each key in use that expires is a gauge; a key unused, never expiring or revoked is not listed', async (t) => {
  const app = await appWith()
  t.after(() => app.close())
  const expiresAt = new Date(Date.now() + 3 * 86_400_000)
  const [used, forever, unused] = await Promise.all([
    issueKey(app, ADMIN_KEY, 'used', ['people:read'], expiresAt),
    issueKey(app, ADMIN_KEY, 'forever', ['people:read']),
    issueKey(app, ADMIN_KEY, 'unused', ['people:read'], expiresAt)
  ])
  for (const key of [used, forever]) {
    assert.equal((await app.inject({ url: '/v1/people', headers: { authorization: `Bearer ${key.key}`, accept: 'application/json' } })).statusCode, 200)
  }
  // The listing writes this instance's uses first, as the minute's timer would.
  assert.equal((await app.inject({ url: '/admin/keys', headers: asAdmin })).statusCode, 200)

  const listed = (key: { id: string }, samples: Map<string, number>): number | undefined => samples.get(`blueprint_api_key_expiry_timestamp_seconds{key_id="${key.id}"}`)
  const before = (await scrape(app)).samples
  assert.equal(listed(used, before), expiresAt.getTime() / 1000)
  assert.equal(listed(forever, before), undefined)
  assert.equal(listed(unused, before), undefined)

  assert.equal((await app.inject({ method: 'DELETE', url: `/admin/keys/${used.id}`, headers: asAdmin })).statusCode, 200)
  assert.equal(listed(used, (await scrape(app)).samples), undefined, 'a revoked key is no longer watched')
})

test('the log output is read at each scrape: whether it fails, and how many lines it dropped', async (t) => {
  const logOutput = { isFailing: false, droppedLines: 0 }
  const app = await appWith({ logOutput })
  t.after(() => app.close())

  const healthy = (await scrape(app)).samples
  assert.equal(healthy.get('blueprint_log_output_failing'), 0)
  assert.equal(healthy.get('blueprint_log_lines_dropped_total'), 0)
  logOutput.isFailing = true
  logOutput.droppedLines = 41
  const failing = (await scrape(app)).samples
  assert.equal(failing.get('blueprint_log_output_failing'), 1)
  assert.equal(failing.get('blueprint_log_lines_dropped_total'), 41)
})

test('an app given no log output of its own reports none', async (t) => {
  const app = await appWith()
  t.after(() => app.close())
  const { text } = await scrape(app)
  assert.doesNotMatch(text, /blueprint_log_/)
})

test('the key ring grows old and the store reads as down while the store does not answer', async (t) => {
  const store: Store = openSqliteStore(':memory:')
  let isDown = false
  const { revision } = store.keys
  const { ping } = store
  store.keys.revision = async () => isDown ? await Promise.reject(new Error('database is locked')) : await revision()
  store.ping = async () => isDown ? await Promise.reject(new Error('database is locked')) : await ping()
  const app = await appWith({ store, keyRefreshMs: 20 })
  t.after(() => app.close())
  isDown = true
  await new Promise(resolve => setTimeout(resolve, 300))

  const { samples } = await scrape(app)
  assert.ok((samples.get('blueprint_key_ring_age_seconds') ?? 0) >= 0.25, 'the age kept growing')
  assert.equal(samples.get('blueprint_store_up'), 0)
})

test('with metrics off, nothing is counted and there is no /metrics', async (t) => {
  const app = await appWith({ metrics: false })
  t.after(() => app.close())
  const response = await app.inject({ url: '/metrics', headers: { authorization: `Bearer ${ADMIN_KEY}` } })
  assert.equal(response.statusCode, 404)
})
