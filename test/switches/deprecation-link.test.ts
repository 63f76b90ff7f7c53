// The deprecation Link header is built from the route and the encoded name, never from the text of the request line.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.ts'
import { IN_MEMORY, openSqliteStore } from '../../src/storage/sqlite/index.ts'
import type { Store } from '../../src/storage/store.ts'

const ADMIN_KEY = 'test-admin-key-with-at-least-32-characters'
const AUTH = { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' }

let store: Store
let app: FastifyInstance

before(async () => {
  store = openSqliteStore(IN_MEMORY)
  app = await buildApp({ store, adminKey: ADMIN_KEY })
  await app.inject({ method: 'PUT', url: '/admin/switches/v1.deprecated', headers: AUTH, payload: { enabled: true } })
})

after(async () => {
  await app.close()
  await store.close()
})

/** The URIs of a Link header, one per link: an injected relation shows up as one more. */
function linkTargets (header: unknown): string[] {
  return [...String(header).matchAll(/<([^>]*)>/g)].map(([, target = '']) => target)
}

test('a name that holds Link syntax stays one percent-encoded path segment', async () => {
  const response = await app.inject({ url: '/v1/people/x>;rel="stylesheet",<evil.css', headers: AUTH })
  assert.equal(response.statusCode, 404)
  assert.deepEqual(linkTargets(response.headers.link), [
    `/v2/people/${encodeURIComponent('x>;rel="stylesheet",<evil.css')}`,
    '/docs#v2-people'
  ])
  assert.doesNotMatch(String(response.headers.link), /rel="stylesheet"/)
})

test('a URL that matches no route gets the deprecation headers but no successor made from its text', async () => {
  const response = await app.inject({ url: '/v1/people/x>;rel="stylesheet",<https://evil.example/a.css', headers: AUTH })
  assert.equal(response.statusCode, 404)
  assert.match(String(response.headers.deprecation), /^@\d+$/)
  assert.deepEqual(linkTargets(response.headers.link), ['/docs#v2-people'])
})

test('a list page links to the list in the successor, with no query copied', async () => {
  const response = await app.inject({ url: '/v1/people?limit=5', headers: AUTH })
  assert.deepEqual(linkTargets(response.headers.link), ['/v2/people', '/docs#v2-people'])
})

test('a name sent decomposed links to the successor in the one form names are stored in', async () => {
  const response = await app.inject({ url: `/v1/people/${encodeURIComponent('Jose\u0301')}`, headers: AUTH })
  assert.deepEqual(linkTargets(response.headers.link), [`/v2/people/${encodeURIComponent('Jos\u00e9')}`, '/docs#v2-people'])
})
