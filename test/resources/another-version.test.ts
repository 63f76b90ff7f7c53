// A third version, defined here and added with one line, is served, described and deprecated like the real ones.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import Type from 'typebox'
import { API_VERSIONS, buildApp } from '../../src/app.ts'
import { PROBLEMS } from '../../src/errors.ts'
import type { ErrorFormat } from '../../src/responses/error-format.ts'
import type { VersionDefinition } from '../../src/resources/version-definition.ts'
import { IN_MEMORY, openSqliteStore } from '../../src/storage/sqlite/index.ts'
import type { Store } from '../../src/storage/store.ts'

const ADMIN_KEY = 'test-admin-key-with-at-least-32-characters'
const AUTH = { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' }
const TOY_ERROR = 'application/vnd.toy-error+json'

const ToyError = Type.Object({ fault: Type.String(), why: Type.String() }, { additionalProperties: false, title: 'ToyError' })
const ToyPerson = Type.Object({ who: Type.String(), mail: Type.String() }, { additionalProperties: false, title: 'ToyPerson' })

/** An error format of its own, so that nothing but the version value can have chosen it. */
const toyErrors: ErrorFormat = {
  schema: ToyError,
  mediaType: TOY_ERROR,
  body: error => ({ fault: error.code, why: PROBLEMS[error.code].title }),
  responses: (...statuses) => Object.fromEntries(statuses.map(status => [status, ToyError]))
}

const v3: VersionDefinition = {
  name: 'v3',
  prefix: '/v3',
  description: 'Version 3 exists only in this test.',
  errorFormat: toyErrors,
  people: {
    schemas: { person: ToyPerson, page: Type.Array(ToyPerson), deleted: undefined },
    person: ({ name, email }) => ({ who: name, mail: email }),
    page: people => people.map(({ name, email }) => ({ who: name, mail: email })),
    deleted: { status: 204, body: undefined },
    redirectBrowsers: 'when-html-preferred'
  },
  capabilities: { wrap: schema => schema, show: capabilities => capabilities }
}

let store: Store
let app: FastifyInstance

before(async () => {
  store = openSqliteStore(IN_MEMORY)
  app = await buildApp({ store, adminKey: ADMIN_KEY, versions: [...API_VERSIONS, v3] })
})

after(async () => {
  await app.close()
  await store.close()
})

test('its routes answer in its own representation', async () => {
  const put = await app.inject({ method: 'PUT', url: '/v3/people/wilma', headers: AUTH, payload: { email: 'wilma@example.com' } })
  assert.equal(put.statusCode, 201)
  assert.equal(put.headers.location, '/v3/people/wilma')
  assert.deepEqual(put.json(), { who: 'wilma', mail: 'wilma@example.com' })
  const list = await app.inject({ url: '/v3/people', headers: AUTH })
  assert.deepEqual(list.json(), [{ who: 'wilma', mail: 'wilma@example.com' }])
  // The older versions read the same store, each in its own way.
  const old = await app.inject({ url: '/v1/people/wilma', headers: AUTH })
  assert.deepEqual(old.json(), { status: 'ok', result: { name: 'wilma', email: 'wilma@example.com', comment: null } })
})

test('its errors use its own format, from the route and for URLs that match no route', async () => {
  const missing = await app.inject({ url: '/v3/people/nobody', headers: AUTH })
  assert.equal(missing.statusCode, 404)
  assert.match(String(missing.headers['content-type']), /^application\/vnd\.toy-error\+json/)
  assert.deepEqual(missing.json(), { fault: 'PERSON_NOT_FOUND', why: 'Person does not exist' })

  const nowhere = await app.inject({ url: '/v3/nowhere', headers: AUTH })
  assert.equal(nowhere.statusCode, 404)
  assert.deepEqual(nowhere.json(), { fault: 'ROUTE_NOT_FOUND', why: 'There is nothing at this URL' })

  const anonymous = await app.inject({ url: '/v3/people/wilma', headers: { accept: 'application/json' } })
  assert.equal(anonymous.statusCode, 401)
  assert.equal(anonymous.json<{ fault: string }>().fault, 'UNAUTHENTICATED')
})

test('it is closed by a switch of its own', async () => {
  const off = await app.inject({ method: 'PUT', url: '/admin/switches/v3', headers: AUTH, payload: { enabled: false } })
  assert.equal(off.statusCode, 200)
  const closed = await app.inject({ url: '/v3/people/wilma', headers: AUTH })
  assert.equal(closed.statusCode, 503)
  assert.equal(closed.json<{ fault: string }>().fault, 'CAPABILITY_OFF')
  assert.equal((await app.inject({ url: '/v2/people/wilma', headers: AUTH })).statusCode, 200)
  await app.inject({ method: 'PUT', url: '/admin/switches/v3', headers: AUTH, payload: { enabled: true } })
})

test('it has its own OpenAPI document, and a section of the docs', async () => {
  const document = (await app.inject({ url: '/v3/openapi.json' })).json<{ info: { title: string, description: string }, paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>> }>()
  assert.equal(document.info.title, 'rest-api-blueprint v3')
  assert.equal(document.info.description, v3.description)
  const paths = Object.keys(document.paths)
  assert.ok(paths.includes('/v3/people/{name}'), paths.join(', '))
  assert.ok(paths.includes('/health'), 'health is described in every version')
  assert.ok(!paths.some(path => path.startsWith('/v2/') || path.startsWith('/admin/')), paths.join(', '))
  const notFound = document.paths['/v3/people/{name}']?.get?.responses['404']
  assert.deepEqual(Object.keys(notFound?.content ?? {}), [TOY_ERROR])
  // v2 now has a successor, so its document describes the deprecation headers.
  const v2Document = await app.inject({ url: '/v2/openapi.json' })
  assert.match(v2Document.body, /#\/components\/headers\/Deprecation/)

  const page = (await app.inject({ url: '/docs' })).body
  assert.match(page, /<section id="v3" class="version">/)
  assert.match(page, /<section id="v3-people">/)
  assert.match(page, /href="\/v3\/openapi\.json"/)
})

test('deprecating the version before it points clients to it', async () => {
  const switches = (await app.inject({ url: '/admin/switches', headers: AUTH })).json<{ result: Array<{ name: string }> }>()
  const names = switches.result.map(({ name }) => name)
  assert.ok(names.includes('v2.deprecated') && names.includes('v3'), names.join(', '))
  assert.ok(!names.includes('v3.deprecated'), 'the newest version has nothing to be replaced by')

  assert.equal((await app.inject({ url: '/v2/people/wilma', headers: AUTH })).headers.deprecation, undefined)
  await app.inject({ method: 'PUT', url: '/admin/switches/v2.deprecated', headers: AUTH, payload: { enabled: true } })
  const deprecated = await app.inject({ url: '/v2/people/wilma', headers: AUTH })
  assert.match(String(deprecated.headers.deprecation), /^@\d+$/)
  assert.match(String(deprecated.headers.link), /<\/v3\/people\/wilma>; rel="successor-version"/)
  assert.match(String(deprecated.headers.link), /<\/docs#v3-people>; rel="deprecation"/)
  assert.equal((await app.inject({ url: '/v3/people/wilma', headers: AUTH })).headers.deprecation, undefined)
  assert.equal((await app.inject({ url: '/v1/people/wilma', headers: AUTH })).headers.deprecation, undefined)
})
