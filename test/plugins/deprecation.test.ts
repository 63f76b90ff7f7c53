// A deprecated version announces it in every answer, the refusals of the hooks before its handler included.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import { buildApp } from '../../src/app.ts'
import type { AppOptions } from '../../src/app.ts'
import { IN_MEMORY, openSqliteStore } from '../../src/storage/sqlite/index.ts'

const ADMIN_KEY = 'deprecation-admin-key-0123456789abcdef'
const AUTH = { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' }

/** An app with v1 deprecated, closed with the test. */
async function deprecatedApp (options: Partial<AppOptions> = {}): Promise<FastifyInstance> {
  const store = openSqliteStore(IN_MEMORY)
  const app = await buildApp({ store, adminKey: ADMIN_KEY, ...options })
  app.addHook('onClose', async () => { await store.close() })
  await flip(app, 'v1.deprecated', true)
  return app
}

async function flip (app: FastifyInstance, name: string, enabled: boolean): Promise<void> {
  const response = await app.inject({ method: 'PUT', url: `/admin/switches/${name}`, headers: AUTH, payload: { enabled } })
  assert.equal(response.statusCode, 200)
}

function assertAnnounced (response: LightMyRequestResponse, what: string): void {
  assert.match(String(response.headers.deprecation), /^@\d+$/, what)
  assert.match(String(response.headers.sunset), / GMT$/, what)
  assert.match(String(response.headers.link), /<\/docs#v2-people>; rel="deprecation"/, what)
}

/** The URIs of a Link header, one per link. */
function linkTargets (header: unknown): string[] {
  return [...String(header).matchAll(/<([^>]*)>/g)].map(([, target = '']) => target)
}

let app: FastifyInstance

before(async () => {
  app = await deprecatedApp()
  for (const name of ['ada', 'bea']) {
    await app.inject({ method: 'PUT', url: `/v1/people/${name}`, headers: AUTH, payload: { email: `${name}@example.com` } })
  }
})

after(async () => {
  await app.close()
})

test('a refusal carries the announcement whichever hook refuses, and so does an error thrown in the handler', async () => {
  const refusals: Array<{ why: string, status: number, request: InjectOptions }> = [
    { why: 'no key', status: 401, request: { url: '/v1/people/ada', headers: { accept: 'application/json' } } },
    { why: 'a format v1 cannot write', status: 406, request: { url: '/v1/people/ada', headers: { ...AUTH, accept: 'image/png' } } },
    { why: 'a method the path does not serve', status: 405, request: { method: 'POST', url: '/v1/people/ada', headers: AUTH } },
    { why: 'a query that fails validation', status: 400, request: { url: '/v1/people?limit=many', headers: AUTH } },
    { why: 'a URL that matches no route', status: 404, request: { url: '/v1/nowhere', headers: AUTH } },
    { why: 'a person who is not there', status: 404, request: { url: '/v1/people/nobody', headers: AUTH } }
  ]
  for (const { why, status, request } of refusals) {
    const response = await app.inject(request)
    assert.equal(response.statusCode, status, why)
    assertAnnounced(response, why)
  }
})

test('a capability switched off answers 503 with the announcement', async (t) => {
  await flip(app, 'people.read', false)
  t.after(() => flip(app, 'people.read', true))
  const response = await app.inject({ url: '/v1/people/ada', headers: AUTH })
  assert.equal(response.statusCode, 503)
  assertAnnounced(response, 'switched off')
})

test('a key over its budget gets 429 with the announcement', async (t) => {
  const limited = await deprecatedApp({ rateLimit: 3 })
  t.after(() => limited.close())
  let response = await limited.inject({ url: '/v1/people/ada', headers: AUTH })
  for (let sent = 1; response.statusCode !== 429 && sent < 10; sent++) {
    response = await limited.inject({ url: '/v1/people/ada', headers: AUTH })
  }
  assert.equal(response.statusCode, 429)
  assertAnnounced(response, 'over budget')
})

test('a list page links to its next page and to the successor alike', async () => {
  const response = await app.inject({ url: '/v1/people?limit=1', headers: AUTH })
  assert.equal(response.statusCode, 200)
  const targets = linkTargets(response.headers.link)
  assert.ok(targets.some(target => target.startsWith('/v1/people?limit=1&cursor=')), targets.join(', '))
  assert.ok(targets.includes('/v2/people') && targets.includes('/docs#v2-people'), targets.join(', '))
  assert.match(String(response.headers.link), /rel="next"/)
})

test('a URL that is not UTF-8 is answered before any hook runs, so without the announcement', async () => {
  const response = await app.inject({ url: '/v1/people/%C3%28', headers: AUTH })
  assert.equal(response.statusCode, 400)
  // The answer frameworkErrors writes (app.ts): the security headers and the request id, nothing more.
  assert.notEqual(response.headers['x-request-id'], undefined)
  for (const name of ['deprecation', 'sunset', 'link']) assert.equal(response.headers[name], undefined, name)
})
