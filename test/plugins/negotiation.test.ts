// Checks how the Accept header chooses the response format (RFC 9110 §12.5.1) and when a v1 read is sent to the docs.
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { decode } from '@msgpack/msgpack'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.ts'
import { FORMATS } from '../../src/formats/index.ts'
import { chooseFormat, offerOf, wantsDocs } from '../../src/plugins/negotiation.ts'
import { openSqliteStore } from '../../src/storage/sqlite/index.ts'
import type { Store } from '../../src/storage/store.ts'
import { aDraft } from '../people.ts'

const TABULAR = offerOf(FORMATS)
const ENVELOPES = offerOf(FORMATS.filter(format => format.carries === 'anything'))
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'

describe('chooseFormat', () => {
  const chosen = (accept: string | undefined, offer = TABULAR): string | undefined => chooseFormat(accept, offer)?.name

  test('prefers the type with the higher q value', () => {
    assert.equal(chosen('text/csv;q=0.5, application/yaml'), 'yaml')
    assert.equal(chosen('application/yaml;q=0.4, text/csv;q=0.6'), 'csv')
  })

  test('answers JSON to */*, a missing header and a blank one', () => {
    assert.equal(chosen('*/*'), 'json')
    assert.equal(chosen(undefined), 'json')
    assert.equal(chosen(''), 'json')
    assert.equal(chosen('   '), 'json')
  })

  test('answers JSON to application/*, the first application type we offer', () => {
    assert.equal(chosen('application/*'), 'json')
  })

  test('answers CSV to text/* where people can be rows, and nothing where they cannot', () => {
    assert.equal(chosen('text/*'), 'csv')
    assert.equal(chosen('text/*', ENVELOPES), undefined)
  })

  test('never chooses a type the client marks q=0 (RFC 9110 §12.5.1)', () => {
    const format = chosen('application/json;q=0, */*')
    assert.notEqual(format, 'json')
    assert.equal(format, 'yaml')
    assert.equal(chosen('text/csv;q=0'), undefined)
  })

  test('lets a more specific range override a wider one', () => {
    assert.equal(chosen('application/*;q=0.1, application/msgpack'), 'msgpack')
    assert.equal(chosen('*/*;q=0.1, text/csv;q=0.5'), 'csv')
  })

  test('answers MessagePack to both of its names', () => {
    assert.equal(chosen('application/vnd.msgpack'), 'msgpack')
    assert.equal(chosen('application/msgpack'), 'msgpack')
  })

  test('answers nothing when no offered type is acceptable', () => {
    assert.equal(chosen('image/png'), undefined)
    assert.equal(chosen('text/csv', ENVELOPES), undefined)
    assert.equal(chosen('application/x-www-form-urlencoded'), undefined, 'form is read, never written')
  })

  test('matches media types case-insensitively', () => {
    assert.equal(chosen('Application/YAML'), 'yaml')
  })

  test('takes a range whose parameters are those of what is sent, and no other (RFC 9110 §12.5.1)', () => {
    assert.equal(chosen('application/json; charset=utf-8'), 'json')
    assert.equal(chosen('application/json;charset=UTF-8'), 'json')
    assert.equal(chosen('application/json; charset="utf-8"'), 'json')
    assert.equal(chosen('text/csv; charset=utf-8; header=present'), 'csv')
    assert.equal(chosen('text/*; charset=utf-8'), 'csv')
    assert.equal(chosen('application/json; charset=iso-8859-1'), undefined)
    assert.equal(chosen('text/csv; header=absent'), undefined)
  })
})

describe('wantsDocs', () => {
  test('is true when the client says nothing or anything will do', () => {
    for (const accept of [undefined, '', '*/*', BROWSER, 'text/html']) {
      assert.equal(wantsDocs(accept, TABULAR), true, String(accept))
      assert.equal(wantsDocs(accept, ENVELOPES), true, String(accept))
    }
  })

  test('is false when the client names a data format', () => {
    for (const accept of ['application/json', 'text/csv', 'application/yaml', 'application/vnd.msgpack', 'text/html, application/json', 'application/*']) {
      assert.equal(wantsDocs(accept, TABULAR), false, accept)
    }
  })

  test('is false when the client cannot take HTML at all', () => {
    assert.equal(wantsDocs('image/png', TABULAR), false)
    assert.equal(wantsDocs('text/html;q=0, */*', TABULAR), false)
  })
})

const ADMIN_KEY = 'test-admin-key-with-at-least-32-characters'
const AUTH = { authorization: `Bearer ${ADMIN_KEY}` }
const FRED_BODY = aDraft({ email: 'fred@example.com', comment: 'Likes tea 🍵' })
const FRED = { name: 'fred', ...FRED_BODY }

describe('negotiation in the app', () => {
  let store: Store
  let app: FastifyInstance

  before(async () => {
    store = openSqliteStore(':memory:')
    app = await buildApp({ store, adminKey: ADMIN_KEY })
    const put = await app.inject({
      method: 'PUT',
      url: '/v1/people/fred',
      headers: { ...AUTH, accept: 'application/json', 'content-type': 'application/json' },
      payload: FRED_BODY
    })
    assert.equal(put.statusCode, 201)
  })

  after(async () => {
    await app.close()
    await store.close()
  })

  async function get (url: string, accept: string | undefined, headers: Record<string, string> = AUTH): Promise<Awaited<ReturnType<FastifyInstance['inject']>>> {
    return app.inject({ url, headers: accept === undefined ? headers : { ...headers, accept } })
  }

  test('sends a v1 read that names no data format to the docs with 303', async () => {
    for (const accept of [undefined, '*/*', BROWSER]) {
      const response = await get('/v1/people/fred', accept)
      assert.equal(response.statusCode, 303, String(accept))
      assert.equal(response.headers.location, '/docs#v1-people')
      assert.equal(response.headers.vary, 'Accept')
      assert.match(String(response.headers['content-type']), /^text\/html; charset=utf-8/)
      assert.match(response.body, /<a href="\/docs#v1-people">/)
    }
  })

  test('sends a browser without a key to the docs rather than asking for one', async () => {
    const response = await get('/v1/people/fred', BROWSER, {})
    assert.equal(response.statusCode, 303)
  })

  test('answers JSON when asked for it, with Vary: Accept', async () => {
    const response = await get('/v1/people/fred', 'application/json')
    assert.equal(response.statusCode, 200)
    assert.equal(response.headers['content-type'], 'application/json; charset=utf-8')
    assert.equal(response.headers.vary, 'Accept')
    assert.deepEqual(response.json(), { status: 'ok', result: FRED })
  })

  test('answers JSON when the client names it next to HTML', async () => {
    const response = await get('/v1/people/fred', 'text/html, application/json')
    assert.equal(response.statusCode, 200)
    assert.equal(response.headers['content-type'], 'application/json; charset=utf-8')
  })

  test('answers CSV rows to text/csv and to text/*', async () => {
    for (const accept of ['text/csv', 'text/*']) {
      const response = await get('/v1/people/fred', accept)
      assert.equal(response.statusCode, 200, accept)
      assert.equal(response.headers['content-type'], 'text/csv; charset=utf-8; header=present')
      assert.equal(response.headers.vary, 'Accept')
      assert.equal(response.body, 'name,email,comment\r\nfred,fred@example.com,Likes tea 🍵\r\n')
    }
  })

  test('answers YAML when it has the higher q value', async () => {
    const response = await get('/v1/people/fred', 'text/csv;q=0.5, application/yaml')
    assert.equal(response.statusCode, 200)
    assert.equal(response.headers['content-type'], 'application/yaml')
    assert.match(response.body, /comment: Likes tea 🍵/)
  })

  test('answers MessagePack to application/vnd.msgpack', async () => {
    const response = await get('/v1/people/fred', 'application/vnd.msgpack')
    assert.equal(response.statusCode, 200)
    assert.equal(response.headers['content-type'], 'application/vnd.msgpack')
    assert.deepEqual(decode(response.rawPayload), { status: 'ok', result: FRED })
  })

  test('answers 406 in JSON, listing every type it could produce, when nothing fits', async () => {
    const response = await get('/v1/people/fred', 'image/png')
    assert.equal(response.statusCode, 406)
    assert.equal(response.headers['content-type'], 'application/json; charset=utf-8')
    const { status, message } = response.json() as { status: string, message: string }
    assert.equal(status, 'error')
    for (const type of ['application/json', 'application/yaml', 'text/csv', 'application/msgpack', 'application/vnd.msgpack']) {
      assert.ok(message.includes(type), `${type} missing from: ${message}`)
    }
  })

  test('sends errors in the chosen format when it can carry them, and in JSON when it is CSV', async () => {
    const inYaml = await get('/v1/people/nobody', 'application/yaml')
    assert.equal(inYaml.statusCode, 404)
    assert.equal(inYaml.headers['content-type'], 'application/yaml')
    assert.match(inYaml.body, /message: Person does not exist/)

    const forCsv = await get('/v1/people/nobody', 'text/csv')
    assert.equal(forCsv.statusCode, 404)
    assert.equal(forCsv.headers['content-type'], 'application/json; charset=utf-8')
    assert.deepEqual(forCsv.json(), { status: 'error', message: 'Person does not exist' })
  })

  test('answers a write without Accept in JSON, never with the docs', async () => {
    const response = await app.inject({
      method: 'PUT',
      url: '/v1/people/fred',
      headers: { ...AUTH, 'content-type': 'application/json' },
      payload: FRED_BODY
    })
    assert.equal(response.statusCode, 200)
    assert.equal(response.headers['content-type'], 'application/json; charset=utf-8')
  })

  test('does not send /admin reads to the docs: they answer JSON to */* and to no header', async () => {
    for (const accept of [undefined, '*/*']) {
      const response = await get('/admin/keys', accept)
      assert.equal(response.statusCode, 200, String(accept))
      assert.equal(response.headers['content-type'], 'application/json; charset=utf-8')
      assert.equal(response.headers.vary, 'Accept')
    }
  })

  test('offers no CSV on /admin/keys: 406 whose message lists the types it can produce', async () => {
    for (const accept of ['text/csv', 'text/*']) {
      const response = await get('/admin/keys', accept)
      assert.equal(response.statusCode, 406, accept)
      assert.equal(response.headers['content-type'], 'application/json; charset=utf-8')
      const { message } = response.json() as { message: string }
      assert.match(message, /application\/json, application\/yaml, application\/msgpack, application\/vnd\.msgpack$/)
      assert.ok(!message.includes('text/csv'), message)
    }
  })

  test('honours q=0 on /admin/keys: JSON refused, the next format answers', async () => {
    const response = await get('/admin/keys', 'application/json;q=0, */*')
    assert.equal(response.statusCode, 200)
    assert.equal(response.headers['content-type'], 'application/yaml')
  })

  test('answers MessagePack on /admin/keys', async () => {
    const response = await get('/admin/keys', 'application/vnd.msgpack')
    assert.equal(response.statusCode, 200)
    assert.equal(response.headers['content-type'], 'application/vnd.msgpack')
    assert.deepEqual(decode(response.rawPayload), { status: 'ok', result: [], next: null })
  })

  test('leaves OPTIONS alone whatever Accept says', async () => {
    const response = await app.inject({ method: 'OPTIONS', url: '/v1/people/fred', headers: { accept: 'image/png' } })
    assert.equal(response.statusCode, 204)
  })
})
