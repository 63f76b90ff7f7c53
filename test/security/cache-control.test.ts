// What caches may keep: no answer with a key's secret or admin data is stored anywhere; people are kept privately and revalidated.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { FastifyInstance, HTTPMethods } from 'fastify'
import { buildApp } from '../../src/app.ts'
import { IN_MEMORY, openSqliteStore } from '../../src/storage/sqlite/index.ts'
import type { Store } from '../../src/storage/store.ts'

const ADMIN_KEY = 'cache-control-admin-key-0123456789abcdefgh'

let store: Store
let app: FastifyInstance

before(async () => {
  store = openSqliteStore(IN_MEMORY)
  app = await buildApp({ store, adminKey: ADMIN_KEY })
  await send('PUT', '/v1/people/fred', { email: 'fred@example.com' })
})

after(async () => {
  await app.close()
  await store.close()
})

async function send (method: string, url: string, payload?: object, headers: Record<string, string> = {}) {
  return await app.inject({
    method: method as HTTPMethods,
    url,
    headers: { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json', ...(payload === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(payload === undefined ? {} : { payload })
  })
}

test('the answer that shows a new key\'s secret may not be stored by any cache', async () => {
  const response = await send('POST', '/admin/keys', { name: 'ci', capabilities: ['people:read'] })
  assert.equal(response.statusCode, 201)
  assert.match(response.body, /"key":"rab_/)
  assert.equal(response.headers['cache-control'], 'no-store')
})

test('every other administrative answer, errors included, may not be stored either', async () => {
  const created = (await send('POST', '/admin/keys', { name: 'to revoke', capabilities: ['people:read'] })).json() as { result: { id: string } }
  const answers = await Promise.all([
    send('GET', '/admin/keys'),
    send('DELETE', `/admin/keys/${created.result.id}`),
    send('DELETE', '/admin/keys/key_nonexistent'),
    send('POST', '/admin/keys', { name: '' }),
    send('GET', '/admin/switches'),
    send('PUT', '/admin/switches/format.csv', { enabled: true })
  ])
  assert.deepEqual(answers.map(answer => [answer.statusCode, answer.headers['cache-control']]), [
    [200, 'no-store'], [200, 'no-store'], [404, 'no-store'], [400, 'no-store'], [200, 'no-store'], [200, 'no-store']
  ])
})

test('a person may be kept by the client\'s own cache, revalidated with its ETag before each use', async () => {
  for (const version of ['v1', 'v2']) {
    const read = await send('GET', `/${version}/people/fred`)
    assert.equal(read.statusCode, 200)
    assert.equal(read.headers['cache-control'], 'private, no-cache')
    const etag = String(read.headers.etag)
    const revalidated = await send('GET', `/${version}/people/fred`, undefined, { 'if-none-match': etag })
    assert.equal(revalidated.statusCode, 304)
    assert.equal(revalidated.headers['cache-control'], 'private, no-cache', 'a 304 repeats the 200\'s Cache-Control (RFC 9110 §15.4.5)')
    assert.equal(revalidated.headers.etag, etag)
  }
})

test('a page of people is kept the same way', async () => {
  for (const url of ['/v1/people', '/v2/people?limit=1']) {
    const page = await send('GET', url)
    assert.equal(page.statusCode, 200)
    assert.equal(page.headers['cache-control'], 'private, no-cache', url)
  }
})
