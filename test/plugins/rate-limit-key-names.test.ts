// Rate-limit counters in Redis are named after key ids, never after anything made from a key's secret.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Redis } from 'ioredis'
import { buildApp } from '../../src/app.ts'
import { hashKey } from '../../src/auth/api-keys.ts'
import { IN_MEMORY, openSqliteStore } from '../../src/storage/sqlite/index.ts'
import { waitFor } from '../wait-for.ts'
import { issueKey } from '../keys.ts'

const redisUrl = process.env.REDIS_URL
const NAMESPACE = 'rest-api-blueprint:rate:'
const ADMIN_KEY = 'rate-limit-key-names-admin-key-0123456789abcdef'

async function namesInRedis (redis: Redis): Promise<string[]> {
  const names: string[] = []
  let cursor = '0'
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${NAMESPACE}*`, 'COUNT', 1000)
    names.push(...batch)
    cursor = next
  } while (cursor !== '0')
  return names
}

test('the counters of a stored key and of the environment admin key are named after their ids', async (t) => {
  if (redisUrl === undefined) {
    t.skip('REDIS_URL is not set; CI sets it, so there this test always runs')
    return
  }
  const redis = new Redis(redisUrl, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0 })
  try {
    await redis.connect()
  } catch (error) {
    throw new Error(`REDIS_URL is set to ${redisUrl} but Redis does not answer: ${String(error)}`)
  }
  t.after(() => redis.disconnect())
  const store = openSqliteStore(IN_MEMORY)
  const app = await buildApp({ store, adminKey: ADMIN_KEY, redisUrl })
  t.after(async () => {
    await app.close()
    await store.close()
  })
  const as = (key: string) => ({ authorization: `Bearer ${key}`, accept: 'application/json' })
  const { id, key } = await issueKey(app, ADMIN_KEY, 'reader', ['people:read'])

  // The limiter lets requests through uncounted until its client has connected.
  await waitFor(`a counter named after ${id}`, async () => {
    assert.equal((await app.inject({ url: '/v1/people', headers: as(key) })).statusCode, 200)
    return (await namesInRedis(redis)).includes(`${NAMESPACE}${id}`)
  }, 5000)
  assert.equal((await app.inject({ url: '/v1/people', headers: as(ADMIN_KEY) })).statusCode, 200)

  const names = await namesInRedis(redis)
  assert.ok(names.includes(`${NAMESPACE}environment`), `no counter named after the environment key's id among ${names.join(', ')}`)
  for (const secret of [ADMIN_KEY, key]) {
    const hash = hashKey(secret)
    const leaking = names.filter(name => name.includes(secret) || name.includes(hash.slice(0, 8)))
    assert.deepEqual(leaking, [], 'a counter is named after a key or its hash')
  }
})
