// What the metrics add to one request, measured in this process: the onResponse hook's work, and the store decorator's timing of one call.
import Fastify from 'fastify'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { Histogram } from '../src/observability/histogram.ts'
import { observeStore } from '../src/observability/observed-store.ts'
import { RequestMetrics } from '../src/observability/request-metrics.ts'
import { openSqliteStore } from '../src/storage/sqlite/index.ts'

// Separate processes of the same code differ by a few µs a request on a
// shared machine, more than the metrics cost; a loop in one process does
// not, so the nanoseconds here are what the feature comparison cannot resolve.
const CALLS = 2_000_000
const STORE_CALLS = 500_000

function nanosecondsPerCall (calls: number, before: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(before)
  return (used.user + used.system) * 1000 / calls
}

function timeSync (calls: number, work: () => void): number {
  for (let i = 0; i < calls / 20; i++) work()
  const before = process.cpuUsage()
  for (let i = 0; i < calls; i++) work()
  return nanosecondsPerCall(calls, before)
}

async function timeAsync (calls: number, work: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < calls / 10; i++) await work()
  const before = process.cpuUsage()
  for (let i = 0; i < calls; i++) await work()
  return nanosecondsPerCall(calls, before)
}

/** A real Fastify request and reply, kept from one injected request, for the hook to read. */
async function oneAnsweredRequest (): Promise<[FastifyRequest, FastifyReply]> {
  const app = Fastify()
  let kept: [FastifyRequest, FastifyReply] | undefined
  app.get('/v1/people/:name', async function keep (request, reply) {
    kept = [request, reply]
    return {}
  })
  await app.inject({ url: '/v1/people/fred' })
  await app.close()
  if (kept === undefined) throw new Error('the route did not run')
  return kept
}

const [request, reply] = await oneAnsweredRequest()
const requests = new RequestMetrics()
const store = openSqliteStore(':memory:')
await store.people.put('fred', { email: 'fred@example.com', comment: null })
const untimed = observeStore(store, undefined)
const timed = observeStore(store, new Histogram('store_seconds', 'Store time.', [0.001, 0.01, 0.1]))

const rows: Array<[string, number]> = [
  ['the request hook: record() of one request', timeSync(CALLS, () => { requests.record(request, reply) })],
  ['people.find on the adapter itself', await timeAsync(STORE_CALLS, async () => await store.people.find('fred'))],
  ['people.find through the decorator, untimed', await timeAsync(STORE_CALLS, async () => await untimed.people.find('fred'))],
  ['people.find through the decorator, timed', await timeAsync(STORE_CALLS, async () => await timed.people.find('fred'))]
]
for (const [what, ns] of rows) console.log(`${what.padEnd(46)} ${ns.toFixed(0).padStart(6)} ns`)
await store.close()
