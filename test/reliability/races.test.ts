// Concurrent writers on the same names leave a state every read agrees on; concurrent creates of distinct names all land.
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { buildApp } from '../../src/app.ts'
import { openSqliteStore } from '../../src/storage/sqlite/index.ts'
import { aDraft } from '../people.ts'

const ADMIN_KEY = 'races-admin-key-0123456789abcdefghijkl'
const json = { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' }
const NAMES = ['ada', 'grace', 'linus']
const WRITERS = 48

/** Two instances on one SQLite file, as two processes would share it. */
async function twoInstances (t: { after: (fn: () => Promise<void>) => void }): Promise<FastifyInstance[]> {
  const dir = await mkdtemp(join(tmpdir(), 'blueprint-races-'))
  const stores = [openSqliteStore(join(dir, 'db.sqlite')), openSqliteStore(join(dir, 'db.sqlite'))]
  const apps = await Promise.all(stores.map(store => buildApp({ store, adminKey: ADMIN_KEY })))
  t.after(async () => {
    for (const app of apps) await app.close()
    for (const store of stores) await store.close()
    await rm(dir, { recursive: true })
  })
  return apps
}

/** A PUT, PATCH or DELETE on one of a few names, chosen by writer and step; answers the status. */
async function randomWrite (app: FastifyInstance, writer: number, step: number): Promise<number> {
  const name = NAMES[(writer + step) % NAMES.length] ?? 'ada'
  const url = `/v1/people/${name}`
  const kind = (writer * 7 + step) % 3
  const response = kind === 0
    ? await app.inject({ method: 'PUT', url, headers: { ...json, 'content-type': 'application/json' }, payload: aDraft({ email: `w${writer}s${step}@example.com`, comment: `put ${writer}/${step}` }) })
    : kind === 1
      ? await app.inject({ method: 'PATCH', url, headers: { ...json, 'content-type': 'application/merge-patch+json' }, payload: { comment: `patch ${writer}/${step}` } })
      : await app.inject({ method: 'DELETE', url, headers: json })
  return response.statusCode
}

test('concurrent PUT, PATCH and DELETE on the same names end in one state that reads, lists and ETags agree on', async (t) => {
  const apps = await twoInstances(t)
  await Promise.all(Array.from({ length: WRITERS }, async (_, writer) => {
    const app = apps[writer % apps.length]
    assert.ok(app)
    for (let step = 0; step < 8; step++) {
      const status = await randomWrite(app, writer, step)
      // Every write is a success or a 404 (PATCH or DELETE of someone just deleted): never a 5xx.
      assert.ok([200, 201, 404].includes(status), `status ${status}`)
    }
  }))

  const [first, second] = apps
  assert.ok(first !== undefined && second !== undefined)
  const listed = (await first.inject({ url: '/v1/people?limit=100', headers: json })).json<{ result: Array<{ name: string, email: string, comment: string | null }> }>().result
  for (const name of NAMES) {
    const one: LightMyRequestResponse = await first.inject({ url: `/v1/people/${name}`, headers: json })
    const other: LightMyRequestResponse = await second.inject({ url: `/v1/people/${name}`, headers: json })
    const v2: LightMyRequestResponse = await second.inject({ url: `/v2/people/${name}`, headers: json })
    const inList = listed.find(person => person.name === name)
    assert.equal(one.statusCode, other.statusCode, name)
    assert.equal(one.statusCode === 200, inList !== undefined, `${name}: the list and a read disagree`)
    if (one.statusCode !== 200) continue
    assert.deepEqual(one.json<{ result: unknown }>().result, inList, name)
    assert.deepEqual(other.json<{ result: unknown }>().result, inList, name)
    // One stored state, one ETag, whichever instance or version is asked.
    assert.equal(one.headers.etag, other.headers.etag, name)
    assert.equal(one.headers.etag, v2.headers.etag, name)
  }
})

test('concurrent creates of distinct names through two instances all land', async (t) => {
  const apps = await twoInstances(t)
  const names = Array.from({ length: 200 }, (_, index) => `person-${String(index).padStart(3, '0')}`)
  const statuses = await Promise.all(names.map(async (name, index) => {
    const app = apps[index % apps.length]
    assert.ok(app)
    const response = await app.inject({ method: 'PUT', url: `/v1/people/${name}`, headers: { ...json, 'content-type': 'application/json' }, payload: { email: `${name}@example.com` } })
    return response.statusCode
  }))
  assert.deepEqual(new Set(statuses), new Set([201]))

  const [app] = apps
  assert.ok(app)
  const seen: string[] = []
  for (let url: string | null = '/v1/people?limit=100'; url !== null;) {
    const response: LightMyRequestResponse = await app.inject({ url, headers: json })
    const page = response.json<{ result: Array<{ name: string }>, next: string | null }>()
    seen.push(...page.result.map(person => person.name))
    url = page.next
  }
  assert.deepEqual(seen, names)
})
