// Two app instances on one SQLite file: a switch flipped through one is in force on the other within a second.
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { buildApp } from '../../src/app.ts'
import { openSqliteStore } from '../../src/storage/sqlite/index.ts'
import { waitFor } from '../wait-for.ts'

const ADMIN_KEY = 'propagation-admin-key-0123456789abcdef'
const headers = { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' }

// A store's checkpoint thread warns when it cannot open its file, as when a test removes the folder too soon.
const warnings: string[] = []
process.on('warning', warning => warnings.push(warning.message))
after(() => assert.deepEqual(warnings, []))

test('switching people.delete off on one instance makes DELETE 503 on the other within a second, and on again restores it', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'blueprint-switches-'))
  const file = join(dir, 'shared.sqlite')
  // Each instance opens the file itself, as two processes would.
  const stores = [openSqliteStore(file), openSqliteStore(file)] as const
  const [first, second] = await Promise.all(stores.map(store => buildApp({ store, adminKey: ADMIN_KEY })))
  assert.ok(first !== undefined && second !== undefined)
  t.after(async () => {
    await first.close()
    await second.close()
    for (const store of stores) await store.close()
    await rm(dir, { recursive: true })
  })

  const flip = async (enabled: boolean): Promise<void> => {
    const response = await first.inject({ method: 'PUT', url: '/admin/switches/people.delete', headers: { ...headers, 'content-type': 'application/json' }, payload: { enabled } })
    assert.equal(response.statusCode, 200)
  }
  // A DELETE of someone absent is 404 while deleting is on, 503 while it is off: it changes nothing either way.
  const deleteStatus = async (): Promise<number> =>
    (await second.inject({ method: 'DELETE', url: '/v1/people/nobody', headers })).statusCode

  assert.equal(await deleteStatus(), 404)
  await flip(false)
  const offAfter = await waitFor('DELETE switched off', async () => await deleteStatus() === 503, 1000)
  const off = await second.inject({ method: 'DELETE', url: '/v1/people/nobody', headers })
  assert.equal(off.json<{ message: string }>().message, 'The capability people.delete is switched off')
  await flip(true)
  const onAfter = await waitFor('DELETE switched on again', async () => await deleteStatus() === 404, 1000)
  t.diagnostic(`off in force after ${offAfter} ms, on again after ${onAfter} ms`)
})

test('a switch survives a restart', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'blueprint-switches-'))
  const file = join(dir, 'restart.sqlite')

  const before = openSqliteStore(file)
  const app = await buildApp({ store: before, adminKey: ADMIN_KEY })
  await app.inject({ method: 'PUT', url: '/admin/switches/format.csv', headers: { ...headers, 'content-type': 'application/json' }, payload: { enabled: false } })
  await app.close()
  await before.close()

  const after = openSqliteStore(file)
  const restarted = await buildApp({ store: after, adminKey: ADMIN_KEY })
  t.after(async () => {
    await restarted.close()
    // Closed before its folder goes: the store's checkpoint thread may still be opening the file.
    await after.close()
    await rm(dir, { recursive: true })
  })
  const response = await restarted.inject({ url: '/v1/people', headers: { ...headers, accept: 'text/csv' } })
  assert.equal(response.statusCode, 406)
})
