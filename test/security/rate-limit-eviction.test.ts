// Requests without a key, from however many addresses, can never push a key's rate-limit count out: an exhausted key stays at 429.
import assert from 'node:assert/strict'
import { request } from 'node:http'
import { after, before, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.ts'
import { IN_MEMORY, openSqliteStore } from '../../src/storage/sqlite/index.ts'
import type { Store } from '../../src/storage/store.ts'
import { listenOnLoopback } from './real-socket.ts'
import { issueKey } from '../keys.ts'

const ADMIN_KEY = 'rate-limit-eviction-admin-key-0123456789ab'
const RATE_LIMIT = 3
// More than the 5,000 counts that keys and addresses once shared (docs/15-security.md, finding 1).
const SOURCES = 5100
const CONCURRENCY = 64

let store: Store
let app: FastifyInstance
let port: number
let key: string

before(async () => {
  store = openSqliteStore(IN_MEMORY)
  app = await buildApp({ store, adminKey: ADMIN_KEY, rateLimit: RATE_LIMIT })
  port = await listenOnLoopback(app)
  key = (await issueKey(app, ADMIN_KEY, 'exhausted', ['people:read'])).key
})

after(async () => {
  await app.close()
  await store.close()
})

async function readWithKey (): Promise<{ status: number, message: string }> {
  const response = await app.inject({ url: '/v1/people', headers: { authorization: `Bearer ${key}`, accept: 'application/json' } })
  return { status: response.statusCode, message: (response.json() as { message?: string }).message ?? '' }
}

/** One loopback address per request, 127.10.0.1 and up: Linux routes all of 127/8 to the loopback interface. */
function sourceAddress (index: number): string {
  return `127.10.${Math.floor(index / 250)}.${(index % 250) + 1}`
}

/** A keyless GET over a connection of its own, bound to `localAddress`; answers the status. */
async function keylessFrom (localAddress: string, path: string): Promise<number> {
  return await new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, localAddress, agent: false, headers: { accept: 'application/json' }, timeout: 5000 }, res => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('timeout', () => req.destroy(new Error('timed out')))
    req.on('error', reject)
    req.end()
  })
}

test(`a key at 429 stays at 429 after keyless requests from ${SOURCES} source addresses`, async () => {
  for (let sent = 0; sent < RATE_LIMIT; sent++) assert.equal((await readWithKey()).status, 200)
  assert.equal((await readWithKey()).status, 429)

  // Keyless requests for a URL with no route pass authentication and reach
  // the limiter, each counted under its own address.
  const statuses = new Map<number, number>()
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < SOURCES) {
      const index = next++
      const status = await keylessFrom(sourceAddress(index), `/v1/nothing-here-${index}`)
      statuses.set(status, (statuses.get(status) ?? 0) + 1)
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  assert.deepEqual([...statuses], [[404, SOURCES]], 'every keyless request is answered, once each, by its own address')

  const after = await readWithKey()
  assert.equal(after.status, 429, 'the key\'s count was pushed out: it answers again')
  assert.match(after.message, /^This key may send 3 requests a minute/)
})

test('the server sees each source address, so each keyless request is counted apart', async () => {
  // Three from one address exhaust it; a fourth from a neighbour is still fine.
  for (let sent = 0; sent < RATE_LIMIT; sent++) assert.equal(await keylessFrom('127.20.0.1', '/nowhere'), 404)
  assert.equal(await keylessFrom('127.20.0.1', '/nowhere'), 429)
  assert.equal(await keylessFrom('127.20.0.2', '/nowhere'), 404)
})

test('keyless requests from one IPv6 /64 share one count, whatever the address', async () => {
  const fromV6 = async (remoteAddress: string): Promise<number> =>
    (await app.inject({ url: '/nowhere', remoteAddress, headers: { accept: 'application/json' } })).statusCode
  for (let host = 1; host <= RATE_LIMIT; host++) assert.equal(await fromV6(`2001:db8:5:6::${host}`), 404)
  assert.equal(await fromV6('2001:db8:5:6:ffff:ffff:ffff:ffff'), 429)
  assert.equal(await fromV6('2001:db8:5:7::1'), 404, 'another /64 has a count of its own')
})
