// With REDIS_URL set, two app instances share one rate-limit budget per key; without it, or while Redis is away, each counts alone.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { TestContext } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { Redis } from 'ioredis'
import { buildApp } from '../../src/app.ts'
import { newApiKey } from '../../src/auth/api-keys.ts'
import { openSqliteStore } from '../../src/storage/sqlite/index.ts'
import { captureLog, stateChanges } from '../capture-log.ts'
import { redisUrl } from '../optional-parts.ts'
import { TcpProxy } from '../scaling/tcp-proxy.ts'
import { waitFor } from '../wait-for.ts'
import { BY_TEST } from '../actor.ts'

const PER_MINUTE = 10

async function twoInstances (options: { redisUrl?: string }): Promise<{ apps: FastifyInstance[], adminKey: string, close: () => Promise<void> }> {
  // A fresh key per run, with a fresh id, is a fresh budget: runs never share
  // Redis counters. Both stores hold it, as two instances on one database would.
  const { secret, stored } = newApiKey('rate-limit test', ['admin'])
  const stores = [openSqliteStore(':memory:'), openSqliteStore(':memory:')]
  for (const store of stores) await store.keys.create(stored, BY_TEST)
  const apps = await Promise.all(stores.map(store => buildApp({ store, rateLimit: PER_MINUTE, ...options })))
  return {
    apps,
    adminKey: secret,
    close: async () => {
      for (const app of apps) await app.close()
      for (const store of stores) await store.close()
    }
  }
}

async function countAllowed (apps: FastifyInstance[], adminKey: string, requests: number): Promise<number> {
  let allowed = 0
  for (let index = 0; index < requests; index++) {
    const app = apps[index % apps.length]
    assert.ok(app)
    const response = await app.inject({ url: '/v1/people', headers: { authorization: `Bearer ${adminKey}`, accept: 'application/json' } })
    if (response.statusCode === 200) allowed++
    else assert.equal(response.statusCode, 429)
  }
  return allowed
}

test('without Redis each instance keeps its own count', async (t) => {
  const { apps, adminKey, close } = await twoInstances({})
  t.after(close)
  assert.equal(await countAllowed(apps, adminKey, 3 * PER_MINUTE), 2 * PER_MINUTE)
})

test('with Redis two instances together allow no more than one budget', async (t) => {
  if (redisUrl === undefined) {
    t.skip('REDIS_URL is not set; CI sets it, so there this test always runs')
    return
  }
  // Fail loudly, not skip, when Redis was promised and is not there.
  const probe = new Redis(redisUrl, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0 })
  try {
    await probe.connect()
    assert.equal(await probe.ping(), 'PONG')
  } catch (error) {
    throw new Error(`REDIS_URL is set to ${redisUrl} but Redis does not answer: ${String(error)}`)
  } finally {
    probe.disconnect()
  }

  const { apps, adminKey, close } = await twoInstances({ redisUrl })
  t.after(close)
  // Let both clients connect before counting: a limiter that is not connected lets requests through.
  await new Promise(resolve => setTimeout(resolve, 200))
  assert.equal(await countAllowed(apps, adminKey, 3 * PER_MINUTE), PER_MINUTE)
})

/** One instance whose Redis is behind a proxy the test can cut or freeze, with its log and whatever would reach the console. */
async function instanceBehindProxy (t: TestContext, redis: string, perMinute: number) {
  const target = new URL(redis)
  const proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 6379) })
  await proxy.open()
  const viaProxy = new URL(redis)
  viaProxy.hostname = '127.0.0.1'
  viaProxy.port = String(proxy.port)
  // ioredis prints an error nobody listens to with console.error, outside the log.
  const printed: unknown[] = []
  t.mock.method(console, 'error', (...args: unknown[]) => { printed.push(args) })
  const log = captureLog()
  // A stored key with an id of its own: its Redis counter is this test's alone.
  const { secret: adminKey, stored } = newApiKey('rate-limit outage test', ['admin'])
  const store = openSqliteStore(':memory:')
  await store.keys.create(stored, BY_TEST)
  const app = await buildApp({ store, rateLimit: perMinute, redisUrl: viaProxy.href, logger: log.logger })
  t.after(async () => {
    await app.close()
    await store.close()
    await proxy.cut()
  })
  const redisState = async (): Promise<string | undefined> => (await app.inject({ url: '/ready' })).json<{ result: { redis?: string } }>().result.redis
  await waitFor('Redis connected', async () => await redisState() === 'ok', 5000)
  return { app, adminKey, proxy, log, printed, redisState }
}

test('with Redis cut off, each instance keeps enforcing the limit from its own memory; /ready says so, and the log says it once each way', async (t) => {
  if (redisUrl === undefined) {
    t.skip('REDIS_URL is not set; CI sets it, so there this test always runs')
    return
  }
  const { app, adminKey, proxy, log, printed, redisState } = await instanceBehindProxy(t, redisUrl, 5)
  assert.equal(await countAllowed([app], adminKey, 5), 5)

  await proxy.cut()
  await waitFor('Redis reported unreachable', async () => await redisState() === 'unreachable', 2000)
  // The 16 requests of the outage that once all went through: the in-memory count starts afresh, and holds.
  assert.equal(await countAllowed([app], adminKey, 16), 5)

  await proxy.open()
  const back = await waitFor('Redis back', async () => await redisState() === 'ok', 5000)
  // Counted in Redis again, where the first five requests already spent the budget.
  assert.equal(await countAllowed([app], adminKey, 3), 0)
  assert.deepEqual(stateChanges(log.lines(), 'redis'), ['redis ok', 'redis unreachable', 'redis ok'])
  assert.deepEqual(printed, [])
  t.diagnostic(`Redis answered again ${back} ms after the proxy reopened`)
})

test('a Redis that hangs is given up within half a second, and taken back once it answers', async (t) => {
  if (redisUrl === undefined) {
    t.skip('REDIS_URL is not set; CI sets it, so there this test always runs')
    return
  }
  const { app, adminKey, proxy, log, printed, redisState } = await instanceBehindProxy(t, redisUrl, 5)
  proxy.freeze()
  const started = performance.now()
  assert.equal(await countAllowed([app], adminKey, 8), 5)
  const elapsed = performance.now() - started
  assert.ok(elapsed < 1500, `8 requests took ${Math.round(elapsed)} ms`)
  assert.equal(await redisState(), 'unreachable')

  proxy.thaw()
  const back = await waitFor('Redis back', async () => await redisState() === 'ok', 5000)
  assert.deepEqual(stateChanges(log.lines(), 'redis'), ['redis ok', 'redis unreachable', 'redis ok'])
  assert.deepEqual(printed, [])
  t.diagnostic(`8 requests against a hung Redis took ${Math.round(elapsed)} ms; Redis taken back ${back} ms after it answered again`)
})
