// Switches and key revocations reach every instance on one PostgreSQL store within a second: by NOTIFY, after the listener is killed, and by polling alone.
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { TestContext } from 'node:test'
import { deleteStatus, flipSwitch, get, headers, jsonHeaders, listenerPids, startInstance, terminateBackends } from './instances.ts'
import { waitFor } from '../wait-for.ts'
import type { Cluster, Instance } from './instances.ts'

const WITHIN_MS = 1000
// So long that, within a test, only a notification can bring a change.
const NO_POLLING_MS = 60_000

export function describePropagation (cluster: Cluster): void {
  describe('propagation between instances on PostgreSQL', () => {
    let writer: Instance
    let readers: Instance[]

    before(async () => {
      const name = (role: string): string => `${cluster.schema}_${role}`
      writer = await startInstance(cluster, { name: name('writer'), refreshMs: NO_POLLING_MS })
      readers = await Promise.all(['reader1', 'reader2'].map(async role => await startInstance(cluster, { name: name(role), refreshMs: NO_POLLING_MS })))
    })

    after(async () => {
      for (const instance of [writer, ...readers]) await instance?.close()
    })

    /** How long each reader took to see the change; fails if any took longer than a second. */
    async function timesOnReaders (what: string, seen: (reader: Instance) => Promise<boolean>): Promise<number[]> {
      return await Promise.all(readers.map(async reader => await waitFor(`${what} on ${reader.name}`, async () => await seen(reader), WITHIN_MS)))
    }

    async function flipEverywhere (t: TestContext, label: string): Promise<void> {
      await flipSwitch(writer, 'people.delete', false)
      const off = await timesOnReaders('people.delete off', async reader => await deleteStatus(reader) === 503)
      await flipSwitch(writer, 'people.delete', true)
      const on = await timesOnReaders('people.delete on', async reader => await deleteStatus(reader) === 404)
      t.diagnostic(`${label}: off in force after ${off.join(', ')} ms, on again after ${on.join(', ')} ms`)
    }

    test('a switch flipped through one instance is in force on the others within a second, and back on', async (t) => {
      for (const reader of readers) assert.equal(await deleteStatus(reader), 404)
      await flipEverywhere(t, 'by NOTIFY')
    })

    test('a key created through one instance works on the others, and once revoked is refused there within a second', async (t) => {
      const created = await writer.app.inject({ method: 'POST', url: '/admin/keys', headers: jsonHeaders, payload: { name: 'roaming', capabilities: ['people:read'] } })
      assert.equal(created.statusCode, 201)
      const { id, key } = created.json<{ result: { id: string, key: string } }>().result
      const accepted = await timesOnReaders('new key accepted', async reader => (await get(reader, '/v1/people', key)).statusCode === 200)

      const revoked = await writer.app.inject({ method: 'DELETE', url: `/admin/keys/${id}`, headers })
      assert.equal(revoked.statusCode, 200)
      assert.equal((await get(writer, '/v1/people', key)).statusCode, 401)
      const refused = await timesOnReaders('revoked key refused', async reader => (await get(reader, '/v1/people', key)).statusCode === 401)
      t.diagnostic(`by NOTIFY: new key accepted after ${accepted.join(', ')} ms, revoked key refused after ${refused.join(', ')} ms`)
    })

    test('a listening connection killed on the server comes back, catches up with what it missed, and carries changes again', async (t) => {
      const oldPids = (await Promise.all(readers.map(async reader => await listenerPids(cluster, reader)))).flat()
      assert.equal(oldPids.length, readers.length)
      const killed = await terminateBackends(cluster, `${cluster.schema}_reader%-listener`)
      assert.equal(killed, readers.length)
      // Flipped at once, while the readers are not listening: only the refresh after reconnecting can bring it.
      await flipSwitch(writer, 'people.delete', false)
      const caughtUp = await timesOnReaders('people.delete off after the kill', async reader => await deleteStatus(reader) === 503)
      const reconnected = await timesOnReaders('listening again', async reader =>
        (await listenerPids(cluster, reader)).some(pid => !oldPids.includes(pid)))
      await flipSwitch(writer, 'people.delete', true)
      await timesOnReaders('people.delete on', async reader => await deleteStatus(reader) === 404)
      t.diagnostic(`after pg_terminate_backend: change made meanwhile in force after ${caughtUp.join(', ')} ms; listening again within ${reconnected.join(', ')} ms more`)
      await flipEverywhere(t, 'by NOTIFY on the new connection')
    })

    test('polling alone brings switches and revocations within a second, for a store with no notifications', async (t) => {
      const refreshMs = 250
      const polled = await startInstance(cluster, { name: `${cluster.schema}_polled`, refreshMs, listens: false })
      t.after(async () => await polled.close())
      const created = await writer.app.inject({ method: 'POST', url: '/admin/keys', headers: jsonHeaders, payload: { name: 'polled', capabilities: ['people:read'] } })
      const { id, key } = created.json<{ result: { id: string, key: string } }>().result

      await flipSwitch(writer, 'people.delete', false)
      const off = await waitFor('people.delete off by polling', async () => await deleteStatus(polled) === 503, WITHIN_MS)
      await flipSwitch(writer, 'people.delete', true)
      const on = await waitFor('people.delete on by polling', async () => await deleteStatus(polled) === 404, WITHIN_MS)
      await waitFor('new key accepted by polling', async () => (await get(polled, '/v1/people', key)).statusCode === 200, WITHIN_MS)
      await writer.app.inject({ method: 'DELETE', url: `/admin/keys/${id}`, headers })
      const refused = await waitFor('revoked key refused by polling', async () => (await get(polled, '/v1/people', key)).statusCode === 401, WITHIN_MS)
      t.diagnostic(`polling every ${refreshMs} ms, no NOTIFY: off after ${off} ms, on after ${on} ms, revoked key refused after ${refused} ms`)
    })
  })
}
