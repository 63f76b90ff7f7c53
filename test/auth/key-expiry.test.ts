// An administrator's expiry for a key: stored in UTC, refused when it is not a time or not in the future.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { EXPIRY_MESSAGE, expiryInstant, readExpiry } from '../../src/auth/key-expiry.ts'

const NOW = Date.parse('2026-06-01T12:00:00.000Z')

describe('readExpiry', () => {
  test('no expiry, absent or null, is a key that never expires', () => {
    assert.deepEqual(readExpiry(undefined, NOW), { expiresAt: null })
    assert.deepEqual(readExpiry(null, NOW), { expiresAt: null })
  })

  test('a time with an offset is kept as the same instant in UTC, to the millisecond', () => {
    assert.deepEqual(readExpiry('2027-01-01T00:30:00+01:00', NOW), { expiresAt: '2026-12-31T23:30:00.000Z' })
    assert.deepEqual(readExpiry('2027-01-31t12:00:00.25z', NOW), { expiresAt: '2027-01-31T12:00:00.250Z' })
  })

  test('a time already reached is refused, saying what time it is', () => {
    assert.deepEqual(readExpiry('2026-06-01T12:00:00Z', NOW), { fault: 'must be in the future; it is 2026-06-01T12:00:00.000Z now' })
    assert.deepEqual(readExpiry('2026-06-01T12:00:00.001Z', NOW), { expiresAt: '2026-06-01T12:00:00.001Z' })
  })

  test('what RFC 3339 does not call a date and time, or no Date can hold, is refused with one sentence', () => {
    for (const text of ['2027-01-31', '2027-01-31T12:00:00', '2027-02-30T12:00:00Z', '31/01/2027 12:00', 'tomorrow', '2027-06-30T23:59:60Z', '']) {
      assert.deepEqual(readExpiry(text, NOW), { fault: EXPIRY_MESSAGE }, text)
    }
  })
})

test('expiryInstant gives the milliseconds the key ring compares, or null for a key that never expires', () => {
  assert.equal(expiryInstant('2026-12-31T23:30:00.000Z'), Date.UTC(2026, 11, 31, 23, 30))
  assert.equal(expiryInstant(null), null)
})
