// The Store contract for shared secrets: made once on first use, then the same on every call.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { Store } from '../../src/storage/store.ts'

// 256 bits, as cursor signatures need.
const SECRET_BYTES = 32

/** Registers the tests inside describeStoreContract; `current` answers that test's freshly opened store. */
export function describeSecrets (current: () => Store): void {
  describe('secrets', () => {
    test('secret answers the same value on every call', async () => {
      const store = current()
      const first = await store.secret('cursor')
      assert.ok(first.length >= SECRET_BYTES, `a secret of ${first.length} bytes is too short`)
      assert.deepEqual(await store.secret('cursor'), first)
    })

    test('secret answers a different value for another name', async () => {
      const store = current()
      assert.notDeepEqual(await store.secret('cursor'), await store.secret('something else'))
    })

    test('concurrent first calls agree on one secret', async () => {
      const store = current()
      const secrets = await Promise.all(Array.from({ length: 8 }, async () => await store.secret('cursor')))
      for (const secret of secrets) assert.deepEqual(secret, secrets[0])
    })
  })
}
