// Checks that the in-memory key ring authenticates active keys and follows revocations via the revision.
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { newApiKey } from '../../src/auth/api-keys.ts'
import type { Capability } from '../../src/auth/capabilities.ts'
import { KeyRing } from '../../src/auth/key-ring.ts'
import type { ApiKey, KeyStore, StoredApiKey } from '../../src/storage/store.ts'
import { waitFor } from '../wait-for.ts'

const ADMIN_KEY = 'an-admin-key-from-the-environment-0123456789'
// A fixed id: an id is written to Redis key names, so it is made from nothing secret.
const ENVIRONMENT_KEY_ID = 'environment'

/** A KeyStore in memory that counts how often the ring reads it. */
class FakeKeyStore implements KeyStore {
  keys: StoredApiKey[] = []
  currentRevision = 0
  listActiveCalls = 0
  failing: Error | undefined

  async create (key: StoredApiKey): Promise<void> {
    this.keys.push(key)
    this.currentRevision += 1
  }

  async createIfNone (key: StoredApiKey): Promise<boolean> {
    if (this.keys.length > 0) return false
    await this.create(key)
    return true
  }

  async list (): Promise<ApiKey[]> {
    return this.keys.map(({ hash, ...key }) => key)
  }

  async find (id: string): Promise<ApiKey | undefined> {
    return (await this.list()).find(key => key.id === id)
  }

  async listActive (): Promise<StoredApiKey[]> {
    this.listActiveCalls += 1
    return this.keys.filter(key => key.revokedAt === null)
  }

  async revoke (id: string, at: string): Promise<ApiKey | undefined> {
    const key = this.keys.find(candidate => candidate.id === id)
    if (key === undefined) return undefined
    key.revokedAt = at
    this.currentRevision += 1
    const { hash, ...shown } = key
    return shown
  }

  async markUsed (ids: readonly string[], at: string): Promise<void> {
    for (const key of this.keys) if (ids.includes(key.id)) key.lastUsedAt = at
  }

  async revision (): Promise<number> {
    if (this.failing !== undefined) throw this.failing
    return this.currentRevision
  }
}

async function storeWithKey (capabilities: Capability[]): Promise<{ keys: FakeKeyStore, secret: string, id: string }> {
  const keys = new FakeKeyStore()
  const { secret, stored } = newApiKey('test', capabilities)
  await keys.create(stored)
  return { keys, secret, id: stored.id }
}

test('holds an expiring key with its expiry as the instant the auth hook compares, expired or not', async () => {
  const keys = new FakeKeyStore()
  const soon = newApiKey('soon', ['people:read'], '2031-05-06T07:08:09.456Z')
  const past = newApiKey('past', ['people:read'], '2024-01-01T00:00:00.000Z')
  await keys.create(soon.stored)
  await keys.create(past.stored)
  const ring = new KeyRing(keys, undefined)
  await ring.refresh()
  assert.equal(ring.authenticate(soon.secret)?.expiresAt, Date.UTC(2031, 4, 6, 7, 8, 9, 456))
  assert.equal(ring.authenticate(past.secret)?.expiresAt, Date.UTC(2024, 0, 1))
})

test('authenticates a stored key as its id with its capabilities', async () => {
  const { keys, secret, id } = await storeWithKey(['people:read', 'people:write'])
  const ring = new KeyRing(keys, undefined)
  await ring.refresh()
  assert.deepEqual(ring.authenticate(secret), { keyId: id, capabilities: ['people:read', 'people:write'], expiresAt: null })
})

test('refuses a key it does not know', async () => {
  const { keys, secret } = await storeWithKey(['admin'])
  const ring = new KeyRing(keys, ADMIN_KEY)
  await ring.refresh()
  assert.equal(ring.authenticate('rab_unknown'), undefined)
  assert.equal(ring.authenticate(secret + 'x'), undefined)
  assert.equal(ring.authenticate(''), undefined)
})

test('refuses a stored key before the first refresh', async () => {
  const { keys, secret } = await storeWithKey(['admin'])
  const ring = new KeyRing(keys, undefined)
  assert.equal(ring.authenticate(secret), undefined)
})

test('refuses a key once it is revoked and the ring refreshed', async () => {
  const { keys, secret, id } = await storeWithKey(['people:read'])
  const ring = new KeyRing(keys, undefined)
  await ring.refresh()
  assert.notEqual(ring.authenticate(secret), undefined)
  await keys.revoke(id, new Date().toISOString())
  await ring.refresh()
  assert.equal(ring.authenticate(secret), undefined)
})

test('accepts a key created after the last refresh once it refreshes again', async () => {
  const keys = new FakeKeyStore()
  const ring = new KeyRing(keys, undefined)
  await ring.refresh()
  const { secret, stored } = newApiKey('later', ['people:delete'])
  await keys.create(stored)
  assert.equal(ring.authenticate(secret), undefined)
  await ring.refresh()
  assert.equal(ring.authenticate(secret)?.keyId, stored.id)
})

test('authenticates the environment admin key as an admin, with no key stored', async () => {
  const ring = new KeyRing(new FakeKeyStore(), ADMIN_KEY)
  assert.deepEqual(ring.authenticate(ADMIN_KEY), { keyId: ENVIRONMENT_KEY_ID, capabilities: ['admin'], expiresAt: null })
  await ring.refresh()
  assert.deepEqual(ring.authenticate(ADMIN_KEY), { keyId: ENVIRONMENT_KEY_ID, capabilities: ['admin'], expiresAt: null })
  assert.equal(ring.authenticate(ADMIN_KEY.slice(0, -1)), undefined)
})

test('knows no environment key when none is given', async () => {
  const ring = new KeyRing(new FakeKeyStore(), undefined)
  await ring.refresh()
  assert.equal(ring.authenticate(ADMIN_KEY), undefined)
})

test('keeps stored keys and the environment key working side by side', async () => {
  const { keys, secret, id } = await storeWithKey(['people:read'])
  const ring = new KeyRing(keys, ADMIN_KEY)
  await ring.refresh()
  assert.equal(ring.authenticate(secret)?.keyId, id)
  assert.equal(ring.authenticate(ADMIN_KEY)?.keyId, ENVIRONMENT_KEY_ID)
})

test('the environment key\'s id holds no piece of the key or of its hash', () => {
  const hash = createHash('sha256').update(ADMIN_KEY).digest('hex')
  const keyId = new KeyRing(new FakeKeyStore(), ADMIN_KEY).authenticate(ADMIN_KEY)?.keyId ?? ''
  assert.notEqual(keyId, '')
  assert.ok(!keyId.includes(ADMIN_KEY))
  for (let start = 0; start + 4 <= hash.length; start++) {
    assert.ok(!keyId.includes(hash.slice(start, start + 4)), `the id ${keyId} holds ${hash.slice(start, start + 4)} of the hash`)
  }
})

test('refresh reloads nothing while the revision stays the same', async () => {
  const { keys } = await storeWithKey(['people:read'])
  const ring = new KeyRing(keys, undefined)
  await ring.refresh()
  assert.equal(keys.listActiveCalls, 1)
  await ring.refresh()
  await ring.refresh()
  assert.equal(keys.listActiveCalls, 1)
  await keys.create(newApiKey('another', ['admin']).stored)
  await ring.refresh()
  assert.equal(keys.listActiveCalls, 2)
})

test('refreshing on a timer picks up a revocation made elsewhere, and stops when told', async () => {
  const { keys, secret, id } = await storeWithKey(['people:read'])
  const ring = new KeyRing(keys, undefined)
  await ring.refresh()
  const errors: unknown[] = []
  ring.startRefreshing(5, error => errors.push(error))
  try {
    await keys.revoke(id, new Date().toISOString())
    await waitFor('the revoked key refused', () => ring.authenticate(secret) === undefined, 2000)
  } finally {
    ring.stopRefreshing()
  }
  assert.deepEqual(errors, [])
  const { secret: later, stored } = newApiKey('later', ['people:read'])
  await keys.create(stored)
  await sleep(50)
  assert.equal(ring.authenticate(later), undefined, 'no refresh happens after stopRefreshing')
})

test('reports a failed timed refresh to onError and keeps the keys it had', async () => {
  const { keys, secret, id } = await storeWithKey(['people:read'])
  const ring = new KeyRing(keys, undefined)
  await ring.refresh()
  const failure = new Error('store unreachable')
  keys.failing = failure
  const errors: unknown[] = []
  ring.startRefreshing(5, error => errors.push(error))
  try {
    await waitFor('an error reported', () => errors.length > 0, 2000)
  } finally {
    ring.stopRefreshing()
  }
  assert.equal(errors[0], failure)
  assert.equal(ring.authenticate(secret)?.keyId, id)
})
