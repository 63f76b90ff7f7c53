// Drives a live server through the typed clients: a person with a CJK name and an emoji comment, in v2 and read back in v1.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { createV1Client, createV2Client } from '../../src/client/index.ts'
import type { V2Client, V2Components } from '../../src/client/index.ts'
import { aDraft, aPersonView } from '../people.ts'
import { ADMIN_KEY, HOST, makeTempDir, removeTempDir, startServer, stopServer } from '../reliability/server-process.ts'
import type { ServerProcess } from '../reliability/server-process.ts'

type Problem = V2Components['schemas']['Problem']

const NAME = '王小明'
const COMMENT = 'Likes tea 🍵 and 🐉'

describe('the typed client against a live server', () => {
  let dir: string
  let server: ServerProcess
  let baseUrl: string
  let v2: V2Client

  before(async () => {
    dir = await makeTempDir()
    server = await startServer({ databasePath: join(dir, 'client.sqlite') })
    baseUrl = `http://${HOST}:${server.port}`
    // The admin makes the key a real client would be given: people only, no admin.
    const admin = createV1Client({ baseUrl, key: ADMIN_KEY })
    const { data, error } = await admin.POST('/admin/keys', { body: { name: 'typed client', capabilities: ['people:read', 'people:write', 'people:delete'] } })
    assert.equal(error, undefined)
    v2 = createV2Client({ baseUrl, key: data.result.key })
  })

  after(async () => {
    await stopServer(server)
    await removeTempDir(dir)
  })

  test('creates, reads, changes, lists and deletes a person in v2', async () => {
    const path = { name: NAME }
    const created = await v2.PUT('/v2/people/{name}', { params: { path }, body: aDraft({ email: 'xiaoming@例子.广告', comment: COMMENT }) })
    assert.equal(created.response.status, 201)
    assert.equal(created.response.headers.get('location'), `/v2/people/${encodeURIComponent(NAME)}`)

    const read = await v2.GET('/v2/people/{name}', { params: { path } })
    assert.equal(read.error, undefined)
    assert.equal(read.data?.name, NAME)
    assert.equal(read.data?.comment, COMMENT)

    const patched = await v2.PATCH('/v2/people/{name}', { params: { path }, body: { comment: null } })
    assert.equal(patched.error, undefined, JSON.stringify(patched.error))
    assert.equal(patched.data?.comment, null)
    assert.equal(patched.data?.email, 'xiaoming@例子.广告')

    const page = await v2.GET('/v2/people', { params: { query: { limit: 10 } } })
    assert.deepEqual(page.data?.items.map(person => person.name), [NAME])
    assert.equal(page.data?.next, null)

    const deleted = await v2.DELETE('/v2/people/{name}', { params: { path } })
    // v2 answers a delete with no body at all.
    assert.equal(deleted.response.status, 204)
    const gone = await v2.GET('/v2/people/{name}', { params: { path } })
    assert.equal(gone.response.status, 404)
  })

  test('reads the same person through the v1 client, in its envelope', async () => {
    const v1 = createV1Client({ baseUrl, key: ADMIN_KEY })
    await v2.PUT('/v2/people/{name}', { params: { path: { name: NAME } }, body: aDraft({ email: 'xiaoming@example.com', comment: COMMENT }) })
    const { data, error } = await v1.GET('/v1/people/{name}', { params: { path: { name: NAME } } })
    assert.equal(error, undefined)
    assert.deepEqual(data, { status: 'ok', result: aPersonView({ name: NAME, email: 'xiaoming@example.com', comment: COMMENT }) })
  })

  test('answers a missing person with a typed problem', async () => {
    const { data, error, response } = await v2.GET('/v2/people/{name}', { params: { path: { name: 'nobody' } } })
    assert.equal(data, undefined)
    assert.equal(response.status, 404)
    assert.equal(response.headers.get('content-type'), 'application/problem+json')
    // Typed: the compiler knows an error here is a problem, so this assignment checks it.
    const problem: Problem | undefined = error
    assert.equal(problem?.status, 404)
    assert.equal(problem?.instance, '/v2/people/nobody')
    assert.match(problem?.type ?? '', /#problem-person-not-found$/)
  })
})
