// A connection's remembered caller: reused only for the same header, the same connection and the same keys, and forgotten when a key is revoked or expires.
import assert from 'node:assert/strict'
import { Agent, request } from 'node:http'
import { Socket } from 'node:net'
import { after, before, describe, test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.ts'
import { ConnectionCallers } from '../../src/auth/connection-callers.ts'
import type { Caller } from '../../src/auth/key-ring.ts'
import { openSqliteStore } from '../../src/storage/sqlite/index.ts'
import { issueKey } from '../keys.ts'
import { listenOnLoopback, LOOPBACK } from '../security/real-socket.ts'

describe('ConnectionCallers', () => {
  const reader: Caller = { keyId: 'key_reader', capabilities: ['people:read'], expiresAt: null }
  const keys = new Map()

  test('recalls the caller for the same header on the same connection, while the keys are the same', () => {
    const callers = new ConnectionCallers()
    const connection = new Socket()
    callers.remember(connection, 'Bearer rab_a', keys, reader)
    assert.equal(callers.recall(connection, 'Bearer rab_a', keys), reader)
  })

  test('checks afresh for another header, another connection, or keys reloaded since', () => {
    const callers = new ConnectionCallers()
    const connection = new Socket()
    callers.remember(connection, 'Bearer rab_a', keys, reader)
    assert.equal(callers.recall(connection, 'Bearer rab_b', keys), undefined)
    assert.equal(callers.recall(new Socket(), 'Bearer rab_a', keys), undefined)
    assert.equal(callers.recall(connection, 'Bearer rab_a', new Map()), undefined)
  })
})

const ADMIN_KEY = 'connection-callers-admin-key-0123456789abcdef'

describe('one kept-alive connection', () => {
  let app: FastifyInstance
  let port: number
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  const ports = new Set<number>()

  /** Every request goes through the one connection the agent keeps open. */
  async function send (method: string, path: string, key: string, body?: string): Promise<number> {
    return await new Promise((resolve, reject) => {
      const headers = { authorization: `Bearer ${key}`, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) }
      const sent = request({ host: LOOPBACK, port, method, path, agent, headers }, answer => {
        ports.add(answer.socket.localPort ?? 0)
        answer.resume()
        answer.on('end', () => resolve(answer.statusCode ?? 0))
      })
      sent.on('error', reject)
      sent.end(body)
    })
  }

  before(async () => {
    app = await buildApp({ store: openSqliteStore(':memory:'), adminKey: ADMIN_KEY })
    port = await listenOnLoopback(app)
  })
  after(async () => {
    agent.destroy()
    await app.close()
  })

  test('a key revoked while its connection is open is refused on that connection', async () => {
    const reader = await issueKey(app, ADMIN_KEY, 'reader', ['people:read'])
    assert.equal(await send('GET', '/v1/people', reader.key), 200)
    assert.equal(await send('GET', '/v1/people', reader.key), 200)
    const revoked = await app.inject({ method: 'DELETE', url: `/admin/keys/${reader.id}`, headers: { authorization: `Bearer ${ADMIN_KEY}` } })
    assert.equal(revoked.statusCode, 200, revoked.body)
    assert.equal(await send('GET', '/v1/people', reader.key), 401)
    assert.equal(ports.size, 1, 'all requests went over one connection')
  })

  test('a key that expires while its connection is open is refused on that connection, with no reload', async () => {
    const expiresAt = new Date(Date.now() + 300)
    const reader = await issueKey(app, ADMIN_KEY, 'reader', ['people:read'], expiresAt)
    assert.equal(await send('GET', '/v1/people', reader.key), 200)
    assert.equal(await send('GET', '/v1/people', reader.key), 200)
    await sleep(expiresAt.getTime() - Date.now() + 1)
    assert.equal(await send('GET', '/v1/people', reader.key), 401)
    assert.equal(ports.size, 1, 'all requests went over one connection')
  })

  test('a connection that changes keys gets each key\'s own capabilities', async () => {
    const reader = await issueKey(app, ADMIN_KEY, 'reader', ['people:read'])
    const writer = await issueKey(app, ADMIN_KEY, 'writer', ['people:read', 'people:write'])
    const person = JSON.stringify({ email: 'a@example.org' })
    assert.equal(await send('PUT', '/v1/people/fred', writer.key, person), 201)
    assert.equal(await send('PUT', '/v1/people/fred', reader.key, person), 403)
    assert.equal(await send('PUT', '/v1/people/fred', writer.key, person), 200)
    assert.equal(await send('GET', '/v1/people/fred', `${reader.key}x`), 401)
    assert.equal(ports.size, 1, 'all requests went over one connection')
  })
})
