// Asserts that reading a body fails the way every format must fail: an ApiError 400 MALFORMED_BODY, never a crash.
import assert from 'node:assert/strict'
import { ApiError } from '../../src/errors.ts'

/** Runs `read` and checks it throws a 400 MALFORMED_BODY whose message matches `message` when given. */
export function assertMalformed (read: () => unknown, message?: RegExp): ApiError {
  let thrown: unknown
  try {
    read()
  } catch (error) {
    thrown = error
  }
  assert.ok(thrown !== undefined, 'expected the body to be refused, but it was read')
  assert.ok(thrown instanceof ApiError, `expected an ApiError, got ${String(thrown)}`)
  assert.equal(thrown.status, 400)
  assert.equal(thrown.code, 'MALFORMED_BODY')
  if (message !== undefined) assert.match(thrown.message, message)
  return thrown
}
