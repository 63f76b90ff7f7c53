// A body with thousands of faults gets an answer of bounded size: the first few errors, and how many there were.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.ts'
import { IN_MEMORY, openSqliteStore } from '../../src/storage/sqlite/index.ts'
import type { Store } from '../../src/storage/store.ts'
import { assertErrorFormat } from './contract-format.ts'

const ADMIN_KEY = 'bounded-errors-admin-key-0123456789abcdef'
const UNKNOWN_MEMBERS = 8000

let store: Store
let app: FastifyInstance

before(async () => {
  store = openSqliteStore(IN_MEMORY)
  app = await buildApp({ store, adminKey: ADMIN_KEY })
})

after(async () => {
  await app.close()
  await store.close()
})

/** A person with 8,000 short unknown members: each one an error, all within the 64 KiB body limit. */
function bodyOfUnknownMembers (): string {
  const members = Array.from({ length: UNKNOWN_MEMBERS }, (_, index) => `"${index.toString(36)}":0`)
  return `{"email":"a@b.co",${members.join(',')}}`
}

async function putHostileBody (version: string) {
  const payload = bodyOfUnknownMembers()
  assert.ok(Buffer.byteLength(payload) < 64 * 1024, `the body is ${Buffer.byteLength(payload)} bytes, over the limit`)
  const url = `/${version}/people/fred`
  const response = await app.inject({
    method: 'PUT',
    url,
    headers: { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json', 'content-type': 'application/json' },
    payload
  })
  assert.equal(response.statusCode, 400)
  assertErrorFormat('PUT', url, response)
  return { response, bodyBytes: Buffer.byteLength(payload) }
}

test('v1: 8,000 unknown members get 20 errors and the count, in an answer far smaller than the body', async () => {
  const { response, bodyBytes } = await putHostileBody('v1')
  const body = response.json() as { message: string, errors: Array<{ path: string }> }
  assert.equal(body.errors.length, 20)
  assert.deepEqual(body.errors.slice(0, 2).map(error => error.path), ['/0', '/1'])
  assert.equal(body.message, `The request is not valid; the first 20 of its ${UNKNOWN_MEMBERS} errors are listed`)
  assert.ok(response.rawPayload.length < 4096, `the answer is ${response.rawPayload.length} bytes for a body of ${bodyBytes}`)
})

test('v2: the same bound in problem details', async () => {
  const { response } = await putHostileBody('v2')
  const problem = response.json() as { detail: string, errors: unknown[] }
  assert.equal(problem.errors.length, 20)
  assert.match(problem.detail, new RegExp(`first 20 of its ${UNKNOWN_MEMBERS} errors`))
  assert.ok(response.rawPayload.length < 4096, `the answer is ${response.rawPayload.length} bytes`)
})

test('a body with few faults still lists every one of them, with the plain message', async () => {
  const response = await app.inject({
    method: 'PUT',
    url: '/v1/people/fred',
    headers: { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json', 'content-type': 'application/json' },
    payload: { email: 'not an address', a: 1, b: 2 }
  })
  const body = response.json() as { message: string, errors: unknown[] }
  assert.equal(body.message, 'The request is not valid')
  assert.equal(body.errors.length, 3)
})
