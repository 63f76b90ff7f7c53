// Every operation of both OpenAPI documents, fed requests generated from their own schemas: each answer's status, media type and body are as documented.
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import fc from 'fast-check'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.ts'
import { openSqliteStore } from '../../src/storage/sqlite/index.ts'
import type { Store } from '../../src/storage/store.ts'
import { assertMatchesContract } from '../../features/support/contract.ts'
import { injectClient } from '../../features/support/http-client.ts'
import type { HttpClient, HttpRequest } from '../../features/support/http-client.ts'
import { aDraft } from '../people.ts'
import { DOCUMENTS, VERSIONS, operationsOf } from './documents.ts'
import type { Operation } from './documents.ts'
import { requestArbitrary } from './request-arbitrary.ts'
import type { Link } from './request-arbitrary.ts'

const ADMIN_KEY = 'conformance-admin-key-0123456789abcdef'
// Enough to reach every branch of the generator for each operation, few enough to stay within seconds.
const RUNS_PER_OPERATION = 50
const SEED = 15
// People every run starts with, so that reads, patches and deletes find someone.
const PEOPLE = ['fred', '名前', 'Mary Ann 🍵']

describe('the API answers every operation as its OpenAPI document says', () => {
  let store: Store
  let app: FastifyInstance
  let client: HttpClient
  let keyIds: string[]
  // A cursor pages the list of the version that wrote it.
  const cursors = new Map<string, string>()
  let defaultSwitches: Record<string, boolean>

  const admin = (method: string, path: string, body?: unknown): HttpRequest => ({
    method,
    path,
    headers: { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })

  async function arrange (method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await client.send(admin(method, path, body))
    assert.ok(response.status < 300, `${method} ${path} → ${response.status}: ${response.text}`)
    return JSON.parse(response.text)
  }

  /** Puts back the people that a run may have deleted or changed. */
  async function putPeople (): Promise<void> {
    for (const name of PEOPLE) await arrange('PUT', `/v1/people/${encodeURIComponent(name)}`, aDraft())
  }

  async function putSwitchesBack (): Promise<void> {
    for (const [name, enabled] of Object.entries(defaultSwitches)) await arrange('PUT', `/admin/switches/${name}`, { enabled })
  }

  function links ({ path }: Operation, parameter: string): Link | undefined {
    if (path.endsWith('/people/{name}') && parameter === 'name') return { values: PEOPLE, only: false }
    if (path === '/admin/keys/{id}') return { values: keyIds, only: false }
    // A page of keys starts after a key there is: an id that names none has no place in the order.
    if (path === '/admin/keys' && parameter === 'after') return { values: keyIds, only: true }
    if (path === '/admin/switches/{name}') return { values: Object.keys(defaultSwitches), only: false }
    // A cursor is opaque: only one the API wrote can be valid.
    if (parameter === 'cursor') return { values: [cursors.get(path.split('/')[1] ?? '') ?? ''], only: true }
    return undefined
  }

  before(async () => {
    store = openSqliteStore(':memory:')
    // Thousands of requests in seconds, many with keys that are not: neither
    // the rate limit nor the budget of failed authentications is what this test is about.
    app = await buildApp({ store, adminKey: ADMIN_KEY, rateLimit: 1_000_000, authFailureLimit: 1_000_000 })
    client = injectClient(app)
    const switches = await arrange('GET', '/admin/switches') as { result: Array<{ name: string, enabled: boolean }> }
    defaultSwitches = Object.fromEntries(switches.result.map(({ name, enabled }) => [name, enabled]))
    await putPeople()
    const keys = await Promise.all(['reader', 'writer'].map(name => arrange('POST', '/admin/keys', { name, capabilities: ['people:read'] })))
    keyIds = keys.map(key => (key as { result: { id: string } }).result.id)
    for (const version of ['v1', 'v2']) {
      const page = await arrange('GET', `/${version}/people?limit=1`) as { next: string }
      cursors.set(version, new URL(page.next, 'http://localhost').searchParams.get('cursor') ?? '')
    }
  })

  after(async () => {
    await app?.close()
    await store?.close()
  })

  for (const version of VERSIONS) {
    for (const operation of operationsOf(version)) {
      const { method, path } = operation
      test(`${version}: ${method.toUpperCase()} ${path}`, async () => {
        const statuses = new Set<number>()
        const requests = requestArbitrary(operation, { document: DOCUMENTS[version], adminKey: ADMIN_KEY, links })
        await fc.assert(fc.asyncProperty(requests, async ({ wellFormed, request }) => {
          await putPeople()
          const response = await client.send(request)
          if (path.startsWith('/admin/switches/')) await putSwitchesBack()
          statuses.add(response.status)
          assertMatchesContract(request, response)
          // What the document describes as valid, the API must take: at worst the person or key is not there,
          // or v1 sends a client that names no data format to the docs.
          if (wellFormed) assert.ok(response.status < 400 || response.status === 404, `a well-formed request was refused: ${response.status} ${response.text.slice(0, 300)}`)
        }), { numRuns: RUNS_PER_OPERATION, seed: SEED, endOnFailure: true })

        // The generated requests reach both success and refusal, so the checks above were not all made on one kind of answer.
        assert.ok([...statuses].some(status => status < 300), `no success among ${[...statuses].join(', ')}`)
        if (operation.operation.security?.length > 0) assert.ok(statuses.has(401), `no 401 among ${[...statuses].join(', ')}`)
      })
    }
  }
})
