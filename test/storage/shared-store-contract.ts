// What two stores on one database promise each other, as every instance of the API sharing a database relies on.
import assert from 'node:assert/strict'
import { afterEach, beforeEach, describe, test } from 'node:test'
import { versionOf } from '../../src/storage/conditions.ts'
import type { Store, StoredApiKey } from '../../src/storage/store.ts'
import { aDraft } from '../people.ts'
import { winnersOf } from './write-conditions-contract.ts'
import { BY_TEST } from '../actor.ts'

function adminKey (id: string): StoredApiKey {
  return { id, name: 'first admin', hash: id.padEnd(64, '0'), capabilities: ['admin'], createdAt: '2024-01-01T00:00:00.000Z', revokedAt: null, expiresAt: null, lastUsedAt: null }
}

/** `openTwo` answers two stores on one empty database. */
export function describeSharedStoreContract (name: string, openTwo: () => Promise<[Store, Store]>): void {
  describe(`${name}: two stores on one database`, () => {
    let stores: [Store, Store]

    beforeEach(async () => {
      stores = await openTwo()
    })

    afterEach(async () => {
      for (const store of stores) await store.close()
    })

    test('both answer the same secret, whichever asks first', async () => {
      const [first, second] = stores
      const [a, b] = await Promise.all([first.secret('cursor'), second.secret('cursor')])
      assert.deepEqual(a, b)
      assert.deepEqual(await second.secret('cursor'), await first.secret('cursor'))
    })

    test('of concurrent puts through both holding the same version, exactly one goes ahead', async () => {
      const [first, second] = stores
      const { person } = await first.people.put('fred', aDraft({ email: 'fred@example.com' }))
      const ifMatch = [versionOf(person)]
      const outcomes = await Promise.allSettled(Array.from({ length: 32 }, async (_, i) =>
        await (i % 2 === 0 ? first : second).people.put('fred', aDraft({ email: `writer${i}@example.com` }), { ifMatch })))
      const winners = winnersOf(outcomes)
      assert.equal(winners.length, 1)
      assert.deepEqual(await second.people.find('fred'), winners[0]?.person)
    })

    test('createIfNone through both at once stores exactly one key', async () => {
      const [first, second] = stores
      const answers = await Promise.all([first.keys.createIfNone(adminKey('key_first'), BY_TEST), second.keys.createIfNone(adminKey('key_second'), BY_TEST)])
      assert.deepEqual([...answers].sort(), [false, true])
      assert.equal((await first.keys.list({ limit: 100 })).length, 1)
    })

    test('a key revoked through one is revoked for the other, and the revision says so', async () => {
      const [first, second] = stores
      await first.keys.create(adminKey('key_shared'), BY_TEST)
      const revision = await second.keys.revision()
      await first.keys.revoke('key_shared', '2024-06-01T12:00:00.000Z', BY_TEST)
      assert.notEqual(await second.keys.revision(), revision)
      assert.deepEqual(await second.keys.listActive(), [])
    })
  })
}
