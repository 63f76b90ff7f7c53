// A key sent in the query string is refused with a 401 that names the Authorization header, and no log line ever shows it.
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.ts'
import { hasSecretInQuery, redactSecrets } from '../../src/http/query-secrets.ts'
import { IN_MEMORY, openSqliteStore } from '../../src/storage/sqlite/index.ts'
import type { Store } from '../../src/storage/store.ts'
import { captureLog } from '../capture-log.ts'
import { assertErrorFormat } from './contract-format.ts'
import { issueKey } from '../keys.ts'

const ADMIN_KEY = 'query-secrets-admin-key-0123456789abcdefgh'
const MESSAGE = 'Send the key in the Authorization header (Bearer <key>), never in the URL, where logs and histories keep it'

let store: Store
let app: FastifyInstance
let reader: string
const log = captureLog('trace')

before(async () => {
  store = openSqliteStore(IN_MEMORY)
  app = await buildApp({ store, adminKey: ADMIN_KEY, logger: log.logger })
  reader = (await issueKey(app, ADMIN_KEY, 'reader', ['people:read'])).key
})

after(async () => {
  await app.close()
  await store.close()
})

describe('in the query string, a key', () => {
  const parameters = ['access_token', 'api_key', 'key', 'token', 'apikey', 'API_KEY', 'Token', '%6Bey', 'access%5Ftoken']

  test('is refused with a 401 that says where the key belongs, even with a valid Authorization header', async () => {
    for (const parameter of parameters) {
      for (const path of ['/v1/people', '/v2/people/fred', '/admin/keys']) {
        const url = `${path}?limit=5&${parameter}=${reader}`
        const response = await app.inject({ url, headers: { authorization: `Bearer ${reader}`, accept: 'application/json' } })
        assert.equal(response.statusCode, 401, url)
        assertErrorFormat('GET', url, response)
        assert.ok(response.body.includes(MESSAGE), `${url}: ${response.body}`)
        assert.equal(response.headers['www-authenticate'], 'Bearer realm="rest-api-blueprint"')
      }
    }
  })

  test('is refused on public routes and unknown URLs too, where no key is needed', async () => {
    for (const url of [`/health?token=${reader}`, `/docs?api_key=${reader}`, `/v1/nowhere?key=${reader}`]) {
      const response = await app.inject({ url, headers: { accept: 'application/json' } })
      assert.equal(response.statusCode, 401, url)
    }
  })

  test('never reaches a log line, nor does anything shaped like a key', async () => {
    await app.inject({ url: `/v1/people?cursor=${reader}`, headers: { authorization: `Bearer ${ADMIN_KEY}` } })
    await app.inject({ url: `/v1/people/${reader}`, headers: { authorization: `Bearer ${ADMIN_KEY}` } })
    await app.inject({ url: `/v1/people?token=${ADMIN_KEY}` })
    await app.inject({ url: `/v1/people%FF?key=${ADMIN_KEY}` })
    const text = log.text()
    assert.ok(text.includes('[redacted]'), 'the log shows no redaction at all: were the requests logged?')
    assert.ok(!text.includes(reader), 'the reader\'s key is in the log')
    assert.ok(!text.includes(ADMIN_KEY), 'the admin key is in the log')
    assert.doesNotMatch(text, /rab_[\w-]{43}/)
  })
})

test('names other than those of keys pass, and are logged as sent', async () => {
  assert.equal(hasSecretInQuery('/v1/people?limit=5&cursor=abc&keys=1&monkey=2&%6Beys=3'), false)
  assert.equal(hasSecretInQuery('/v1/people/a&key=b'), false, 'a path is not a query')
  assert.equal(hasSecretInQuery('/v1/people?limit=5&TOKEN'), true)
  assert.equal(redactSecrets('/v1/people?limit=5&cursor=abc'), '/v1/people?limit=5&cursor=abc')
  assert.equal(redactSecrets('/v1/people?limit=5&key=abc&token'), '/v1/people?limit=5&key=[redacted]&token=[redacted]')
  const response = await app.inject({ url: '/v1/people?limit=5', headers: { authorization: `Bearer ${reader}`, accept: 'application/json' } })
  assert.equal(response.statusCode, 200)
})
