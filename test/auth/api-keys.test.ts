// Checks that API keys are long random secrets, hashed with SHA-256 and compared safely.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { generateKey, generateKeyId, hashKey, newApiKey } from '../../src/auth/api-keys.ts'

const KEY_FORMAT = /^rab_[A-Za-z0-9_-]{43}$/

test('makes a key of 256 random bits: rab_ and 43 base64url characters', () => {
  const key = generateKey()
  assert.match(key, KEY_FORMAT)
  const secret = Buffer.from(key.slice('rab_'.length), 'base64url')
  assert.equal(secret.length, 32)
  assert.equal(secret.toString('base64url'), key.slice('rab_'.length), 'the encoding is canonical')
})

test('never makes the same key twice', () => {
  const keys = Array.from({ length: 1000 }, generateKey)
  assert.equal(new Set(keys).size, keys.length)
})

test('makes distinct key ids that do not look like keys', () => {
  const ids = Array.from({ length: 1000 }, generateKeyId)
  assert.equal(new Set(ids).size, ids.length)
  for (const id of ids) {
    assert.match(id, /^key_[A-Za-z0-9_-]+$/)
    assert.doesNotMatch(id, KEY_FORMAT)
  }
})

test('hashes a key with SHA-256', () => {
  // FIPS 180-2, appendix B.1: the SHA-256 digest of "abc".
  assert.equal(hashKey('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  assert.equal(hashKey('rab_x').length, 64)
})

test('hashes a key as UTF-8 text', () => {
  // The SHA-256 digest of the bytes c3 a9, "é" in UTF-8 (in Latin-1 it would be the one byte e9).
  assert.equal(hashKey('é'), '4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c')
})

test('a new API key stores the hash of its secret and never the secret', () => {
  const before = Date.now()
  const { secret, stored } = newApiKey('ci', ['people:read', 'people:write'])
  assert.match(secret, KEY_FORMAT)
  assert.equal(stored.hash, hashKey(secret))
  assert.equal(JSON.stringify(stored).includes(secret.slice('rab_'.length)), false)
  assert.equal(stored.name, 'ci')
  assert.deepEqual(stored.capabilities, ['people:read', 'people:write'])
  assert.equal(stored.revokedAt, null)
  assert.match(stored.id, /^key_/)
  const createdAt = Date.parse(stored.createdAt)
  assert.ok(createdAt >= before && createdAt <= Date.now())
})

test('two new API keys have different secrets, ids and hashes', () => {
  const first = newApiKey('a', ['admin'])
  const second = newApiKey('a', ['admin'])
  assert.notEqual(first.secret, second.secret)
  assert.notEqual(first.stored.id, second.stored.id)
  assert.notEqual(first.stored.hash, second.stored.hash)
})
