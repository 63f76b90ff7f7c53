// Checks through the app which request bodies are read: every format that parses, in UTF-8, unencoded, and merge patches only for PATCH.
import assert from 'node:assert/strict'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { after, before, describe, test } from 'node:test'
import { encode } from '@msgpack/msgpack'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.ts'
import { BODY_MEDIA_TYPES, MERGE_PATCH } from '../../src/plugins/body-parsers.ts'
import { openSqliteStore } from '../../src/storage/sqlite/index.ts'
import type { Store } from '../../src/storage/store.ts'
import { aPersonView } from '../people.ts'

const ADMIN_KEY = 'test-admin-key-with-at-least-32-characters'
const AUTH = { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' }
const PERSON = { email: '用户@例子.广告', comment: 'Likes tea 🍵\nand "cake", too' }
const PUT_TYPES = 'application/json, application/yaml, application/msgpack, application/vnd.msgpack, application/x-www-form-urlencoded'

/** The same person written in each media type a PUT takes. */
const BODIES: Record<string, string | Buffer> = {
  'application/json': JSON.stringify(PERSON),
  'application/yaml': `email: ${PERSON.email}\ncomment: "Likes tea 🍵\\nand \\"cake\\", too"\n`,
  'application/msgpack': Buffer.from(encode(PERSON)),
  'application/vnd.msgpack': Buffer.from(encode(PERSON)),
  'application/x-www-form-urlencoded': new URLSearchParams(PERSON).toString()
}

interface Reply {
  statusCode: number
  json: () => unknown
}

describe('request bodies', () => {
  let store: Store
  let app: FastifyInstance

  before(async () => {
    store = openSqliteStore(':memory:')
    app = await buildApp({ store, adminKey: ADMIN_KEY })
  })

  after(async () => {
    await app.close()
    await store.close()
  })

  async function send (method: 'PUT' | 'PATCH', name: string, headers: Record<string, string>, payload: string | Buffer): Promise<Reply> {
    return app.inject({ method, url: `/v1/people/${encodeURIComponent(name)}`, headers: { ...AUTH, ...headers }, payload })
  }

  function assertError (response: Reply, status: number, message: string | RegExp): void {
    assert.equal(response.statusCode, status, JSON.stringify(response.json()))
    const body = response.json() as { status: string, message: string }
    assert.equal(body.status, 'error')
    if (typeof message === 'string') assert.equal(body.message, message)
    else assert.match(body.message, message)
  }

  test('this test has a body for every media type a PUT takes, and no more', () => {
    assert.deepEqual(Object.keys(BODIES).sort(), [...BODY_MEDIA_TYPES].sort())
  })

  test('creates the same person from a body in every media type a PUT takes', async () => {
    for (const [type, payload] of Object.entries(BODIES)) {
      const name = `person in ${type.replace('/', ' ')}`
      const put = await send('PUT', name, { 'content-type': type }, payload)
      assert.equal(put.statusCode, 201, `${type}: ${JSON.stringify(put.json())}`)
      assert.deepEqual(put.json(), { status: 'ok', result: aPersonView({ name, ...PERSON }) }, type)

      const got = await app.inject({ url: `/v1/people/${encodeURIComponent(name)}`, headers: AUTH })
      assert.deepEqual(got.json(), { status: 'ok', result: aPersonView({ name, ...PERSON }) }, type)
    }
  })

  test('accepts charset=utf-8 in any spelling, quoted or not', async () => {
    for (const contentType of ['application/json; charset=utf-8', 'application/json;charset="UTF-8"', 'Application/JSON; Charset=Utf-8']) {
      const put = await send('PUT', 'charset', { 'content-type': contentType }, BODIES['application/json'] as string)
      assert.ok(put.statusCode === 200 || put.statusCode === 201, contentType)
    }
  })

  test('refuses a charset other than UTF-8 with 415', async () => {
    for (const charset of ['latin1', 'ISO-8859-1', '"utf-16"']) {
      const put = await send('PUT', 'latin', { 'content-type': `application/json; charset=${charset}` }, '{"email":"a@b.c"}')
      assertError(put, 415, `The body must be UTF-8, not ${charset.replaceAll('"', '')}`)
    }
    await send('PUT', 'latin', { 'content-type': 'application/json' }, '{"email":"a@b.c"}')
    const patch = await send('PATCH', 'latin', { 'content-type': `${MERGE_PATCH}; charset=latin1` }, '{"comment":"x"}')
    assertError(patch, 415, 'The body must be UTF-8, not latin1')
  })

  test('refuses a media type no format reads with 415 naming those it reads', async () => {
    for (const contentType of ['text/plain', 'application/xml', 'application/json-seq', 'multipart/form-data; boundary=x']) {
      const put = await send('PUT', 'plain', { 'content-type': contentType }, 'email=a@b.c')
      assertError(put, 415, `The body must be one of: ${PUT_TYPES}`)
    }
  })

  test('refuses a body whose Content-Type is not a media type with 415 that says so', async () => {
    for (const contentType of ['json', ';;;', 'application/json, text/plain']) {
      const put = await send('PUT', 'garbled', { 'content-type': contentType }, BODIES['application/json'] as string)
      assertError(put, 415, 'The Content-Type is not a media type such as application/json')
    }
  })

  test('serves a request without content whose Content-Type is not a media type, as if it had none', async () => {
    await send('PUT', 'garbled', { 'content-type': 'application/json' }, BODIES['application/json'] as string)
    const headers = { ...AUTH, 'content-type': ';;;', 'content-length': '0' }
    assert.equal((await app.inject({ method: 'GET', url: '/v1/people/garbled', headers })).statusCode, 200)
    assertError(await send('PUT', 'garbled', { 'content-type': ';;;' }, ''), 400, 'A body is required')
    assert.equal((await app.inject({ method: 'DELETE', url: '/v1/people/garbled', headers })).statusCode, 200)
  })

  test('refuses a body without a Content-Type with 415', async () => {
    const put = await app.inject({ method: 'PUT', url: '/v1/people/untyped', headers: AUTH, payload: Buffer.from('{"email":"a@b.c"}') })
    assertError(put, 415, `The body must be one of: ${PUT_TYPES}`)
  })

  test('refuses a Content-Encoding with 415, gzip included', async () => {
    const gzipped = gzipSync(BODIES['application/json'] as string)
    for (const encoding of ['gzip', 'br', 'deflate', 'identity, gzip']) {
      const put = await send('PUT', 'zipped', { 'content-type': 'application/json', 'content-encoding': encoding }, gzipped)
      assertError(put, 415, /Content-Encoding .* is not supported/)
    }
  })

  test('refuses a chunked body with a Content-Encoding, which says no length', async () => {
    const put = await app.inject({
      method: 'PUT',
      url: '/v1/people/chunked',
      headers: { ...AUTH, 'content-type': 'application/json', 'content-encoding': 'gzip', 'transfer-encoding': 'chunked' },
      payload: Readable.from([gzipSync(BODIES['application/json'] as string)])
    })
    assertError(put, 415, /Content-Encoding gzip is not supported/)
  })

  test('ignores a Content-Encoding on a request without content, as it does a Content-Type', async () => {
    await send('PUT', 'plain', { 'content-type': 'application/json' }, BODIES['application/json'] as string)
    const headers = { ...AUTH, 'content-type': 'application/json', 'content-encoding': 'gzip' }
    assert.equal((await app.inject({ method: 'GET', url: '/v1/people/plain', headers })).statusCode, 200)
    assertError(await send('PUT', 'plain', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, ''), 400, 'A body is required')
    assert.equal((await app.inject({ method: 'DELETE', url: '/v1/people/plain', headers: { ...headers, 'content-length': '0' } })).statusCode, 200)
  })

  test('reads a body whose Content-Encoding is identity', async () => {
    const put = await send('PUT', 'identity', { 'content-type': 'application/json', 'content-encoding': 'identity' }, BODIES['application/json'] as string)
    assert.equal(put.statusCode, 201)
  })

  test('asks for a key before reading a body at all', async () => {
    const response = await app.inject({
      method: 'PUT',
      url: '/v1/people/anonymous',
      headers: { 'content-type': 'application/json; charset=latin1', 'content-encoding': 'gzip' },
      payload: '{'
    })
    assertError(response, 401, /Authentication is required/)
  })

  test('refuses a malformed body in every format with 400', async () => {
    const malformed: Array<[string, string | Buffer, RegExp]> = [
      ['application/json', '{"email":"a@b.c","email":"x@y.z"}', /member "email" more than once/],
      ['application/json', Buffer.from([0x7b, 0x22, 0xc0, 0xaf, 0x22, 0x3a, 0x31, 0x7d]), /not valid UTF-8/],
      ['application/yaml', 'email: a@b.c\nemail: x@y.z\n', /member "email" more than once/],
      ['application/msgpack', Buffer.from([0x82, 0xa1, 0x61, 0x01, 0xa1, 0x61, 0x02]), /member "a" more than once/],
      ['application/vnd.msgpack', Buffer.from([0xc1]), /not well-formed MessagePack/],
      ['application/x-www-form-urlencoded', 'email=%FF', /not valid percent-encoded UTF-8/]
    ]
    for (const [type, payload, message] of malformed) {
      assertError(await send('PUT', 'broken', { 'content-type': type }, payload), 400, message)
    }
  })

  test('refuses a field sent twice in a form with 400 on that field', async () => {
    const put = await send('PUT', 'twice', { 'content-type': 'application/x-www-form-urlencoded' }, 'email=a%40b.c&email=x%40y.z')
    assertError(put, 400, 'The request is not valid')
    assert.deepEqual((put.json() as { errors: Array<{ path: string }> }).errors.map(error => error.path), ['/email'])
  })

  test('refuses a YAML value of a type the schema does not take, such as !!binary', async () => {
    const put = await send('PUT', 'binary', { 'content-type': 'application/yaml' }, 'email: a@b.c\ncomment: !!binary aGVsbG8=\n')
    assert.equal(put.statusCode, 400)
  })

  test('refuses the deepest nesting that fits in 64 KiB with 400, quickly', async () => {
    const started = performance.now()
    const nested = await send('PUT', 'deep', { 'content-type': 'application/json' }, '['.repeat(32_768) + ']'.repeat(32_768))
    assertError(nested, 400, /nested more than/)
    const unclosed = await send('PUT', 'deep', { 'content-type': 'application/json' }, '['.repeat(65_536))
    assertError(unclosed, 400, /not well-formed JSON/)
    assert.ok(performance.now() - started < 2000, 'hostile nesting took more than two seconds')
  })

  test('refuses a body over the limit with 413', async () => {
    const put = await send('PUT', 'big', { 'content-type': 'application/json' }, JSON.stringify({ email: 'a@b.c', comment: 'x'.repeat(65_536) }))
    assertError(put, 413, 'The body is larger than the limit of 65536 bytes')
  })
})

describe('merge patches', () => {
  let store: Store
  let app: FastifyInstance

  before(async () => {
    store = openSqliteStore(':memory:')
    app = await buildApp({ store, adminKey: ADMIN_KEY })
    const put = await app.inject({ method: 'PUT', url: '/v1/people/fred', headers: { ...AUTH, 'content-type': 'application/json' }, payload: PERSON })
    assert.equal(put.statusCode, 201)
  })

  after(async () => {
    await app.close()
    await store.close()
  })

  test('PATCH reads application/merge-patch+json', async () => {
    const patch = await app.inject({
      method: 'PATCH',
      url: '/v1/people/fred',
      headers: { ...AUTH, 'content-type': MERGE_PATCH },
      payload: '{"comment":null}'
    })
    assert.equal(patch.statusCode, 200)
    assert.deepEqual(patch.json(), { status: 'ok', result: aPersonView({ email: PERSON.email, comment: null }) })
  })

  test('PATCH reads plain application/json as a merge patch', async () => {
    const patch = await app.inject({ method: 'PATCH', url: '/v1/people/fred', headers: { ...AUTH, 'content-type': 'application/json' }, payload: '{"comment":"plain"}' })
    assert.equal(patch.statusCode, 200)
    assert.equal(patch.json<{ result: { comment: string } }>().result.comment, 'plain')
  })

  test('PATCH refuses every other media type with 415 naming the two it takes', async () => {
    for (const [type, payload] of Object.entries(BODIES).filter(([type]) => type !== 'application/json')) {
      const patch = await app.inject({ method: 'PATCH', url: '/v1/people/fred', headers: { ...AUTH, 'content-type': type }, payload })
      assert.equal(patch.statusCode, 415, type)
      assert.equal((patch.json() as { message: string }).message, `The body must be one of: ${MERGE_PATCH}, application/json`)
    }
  })

  test('PUT refuses a merge patch with 415', async () => {
    const put = await app.inject({ method: 'PUT', url: '/v1/people/fred', headers: { ...AUTH, 'content-type': MERGE_PATCH }, payload: PERSON })
    assert.equal(put.statusCode, 415)
    assert.equal((put.json() as { message: string }).message, `The body must be one of: ${PUT_TYPES}`)
  })

  test('a merge patch is read as strictly as JSON', async () => {
    const patch = await app.inject({
      method: 'PATCH',
      url: '/v1/people/fred',
      headers: { ...AUTH, 'content-type': MERGE_PATCH },
      payload: '{"comment":"a","comment":"b"}'
    })
    assert.equal(patch.statusCode, 400)
    assert.match((patch.json() as { message: string }).message, /member "comment" more than once/)
  })
})
