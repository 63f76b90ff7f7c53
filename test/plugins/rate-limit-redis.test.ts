// With REDIS_URL set, two app instances share one rate-limit budget per key; without it, each counts alone.
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { Redis } from 'ioredis'
import { buildApp } from '../../src/app.ts'
import { openSqliteStore } from '../../src/storage/sqlite/index.ts'
import { redisUrl } from '../optional-parts.ts'

const PER_MINUTE = 10

async function twoInstances (options: { redisUrl?: string }): Promise<{ apps: FastifyInstance[], adminKey: string, close: () => Promise<void> }> {
  // A fresh admin key per run is a fresh budget: runs never share Redis counters.
  const adminKey = randomBytes(32).toString('base64url')
  const stores = [openSqliteStore(':memory:'), openSqliteStore(':memory:')]
  const apps = await Promise.all(stores.map(store => buildApp({ store, adminKey, rateLimit: PER_MINUTE, ...options })))
  return {
    apps,
    adminKey,
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
