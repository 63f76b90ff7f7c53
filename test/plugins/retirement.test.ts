// A retired version answers 410 on every operation, says when it went and where to go, and leaves its descriptions and its successor answering.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { TestContext } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { buildApp } from '../../src/app.ts'
import { IN_MEMORY, openSqliteStore } from '../../src/storage/sqlite/index.ts'

const ADMIN_KEY = 'retirement-admin-key-0123456789abcdef'
const AUTH = { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' }

/** An app with one person, ada, closed with the test. */
async function appWithAda (t: TestContext): Promise<FastifyInstance> {
  const store = openSqliteStore(IN_MEMORY)
  const app = await buildApp({ store, adminKey: ADMIN_KEY })
  t.after(async () => {
    await app.close()
    await store.close()
  })
  await app.inject({ method: 'PUT', url: '/v1/people/ada', headers: AUTH, payload: { email: 'ada@example.com' } })
  return app
}

async function flip (app: FastifyInstance, name: string, enabled: boolean): Promise<void> {
  const response = await app.inject({ method: 'PUT', url: `/admin/switches/${name}`, headers: AUTH, payload: { enabled } })
  assert.equal(response.statusCode, 200)
}

/** Both headers name a whole second: `Deprecation` in Unix seconds, `Sunset` as an HTTP-date. */
function announced (response: LightMyRequestResponse): { deprecatedAt: number, sunset: number } {
  return { deprecatedAt: Number(String(response.headers.deprecation).slice(1)) * 1000, sunset: Date.parse(String(response.headers.sunset)) }
}

// Enough for two switches turned on one after the other to fall in different seconds.
const NEXT_SECOND_MS = 1100

test('retired without a deprecation first: 410, deprecated and sunset at the moment of retirement, and a link to v2', async (t) => {
  const app = await appWithAda(t)
  const before = Math.floor(Date.now() / 1000) * 1000
  await flip(app, 'v1.retired', true)
  const response = await app.inject({ url: '/v1/people/ada', headers: AUTH })
  assert.equal(response.statusCode, 410)
  assert.match(String(response.headers.link), /<\/v2\/people\/ada>; rel="successor-version"/)
  const { deprecatedAt, sunset } = announced(response)
  assert.equal(deprecatedAt, sunset)
  assert.ok(sunset >= before && sunset <= Date.now(), `Sunset ${String(response.headers.sunset)}`)
})

test('deprecated, then retired: Deprecation keeps its moment and Sunset becomes the retirement\'s', async (t) => {
  const app = await appWithAda(t)
  await flip(app, 'v1.deprecated', true)
  const deprecated = announced(await app.inject({ url: '/v1/people/ada', headers: AUTH }))
  assert.ok(deprecated.sunset > Date.now(), 'a Sunset ahead while only deprecated')
  await sleep(NEXT_SECOND_MS)
  await flip(app, 'v1.retired', true)
  const retired = announced(await app.inject({ url: '/v1/people/ada', headers: AUTH }))
  assert.equal(retired.deprecatedAt, deprecated.deprecatedAt)
  assert.ok(retired.sunset > retired.deprecatedAt && retired.sunset <= Date.now(), `Sunset at ${retired.sunset}, deprecated at ${retired.deprecatedAt}`)
})

test('retired, then deprecated: Deprecation is no later than Sunset', async (t) => {
  const app = await appWithAda(t)
  await flip(app, 'v1.retired', true)
  await sleep(NEXT_SECOND_MS)
  await flip(app, 'v1.deprecated', true)
  const { deprecatedAt, sunset } = announced(await app.inject({ url: '/v1/people/ada', headers: AUTH }))
  assert.equal(deprecatedAt, sunset)
})

test('retired and switched off: gone is said before closed', async (t) => {
  const app = await appWithAda(t)
  await flip(app, 'v1', false)
  assert.equal((await app.inject({ url: '/v1/people/ada', headers: AUTH })).statusCode, 503)
  await flip(app, 'v1.retired', true)
  assert.equal((await app.inject({ url: '/v1/people/ada', headers: AUTH })).statusCode, 410)
})

test('retired: every operation of v1 is 410, a request without a key 401, while OPTIONS, the OpenAPI document and v2 answer as before', async (t) => {
  const app = await appWithAda(t)
  await flip(app, 'v1.retired', true)
  const gone = [
    { method: 'GET', url: '/v1/people/ada' },
    { method: 'GET', url: '/v1/people' },
    { method: 'PUT', url: '/v1/people/ada', payload: { email: 'new@example.com' } },
    { method: 'PATCH', url: '/v1/people/ada', payload: { comment: 'x' }, headers: { ...AUTH, 'content-type': 'application/merge-patch+json' } },
    { method: 'DELETE', url: '/v1/people/ada' },
    { method: 'GET', url: '/v1/capabilities' }
  ] as const
  for (const request of gone) {
    const response = await app.inject({ headers: AUTH, ...request })
    assert.equal(response.statusCode, 410, `${request.method} ${request.url}: ${response.body}`)
  }
  assert.equal((await app.inject({ url: '/v1/people/ada', headers: { accept: 'application/json' } })).statusCode, 401)
  assert.equal((await app.inject({ method: 'OPTIONS', url: '/v1/people/ada', headers: AUTH })).statusCode, 204)
  assert.equal((await app.inject({ url: '/v1/openapi.json' })).statusCode, 200)
  const inV2 = await app.inject({ url: '/v2/people/ada', headers: AUTH })
  assert.equal(inV2.statusCode, 200)
  assert.equal(inV2.json<{ email: string }>().email, 'ada@example.com', 'nothing v1 was sent changed the person')
})
