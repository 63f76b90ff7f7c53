// Checks that list cursors carry any name there and back, and that a forged, mangled or foreign cursor is a 400.
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { test } from 'node:test'
import { ApiError } from '../../../src/errors.ts'
import { createCursorCodec } from '../../../src/resources/people/cursor.ts'

const cursors = createCursorCodec(randomBytes(32))

function isInvalidCursor (error: unknown): boolean {
  assert.ok(error instanceof ApiError, `expected an ApiError, got ${String(error)}`)
  assert.equal(error.status, 400)
  assert.equal(error.code, 'INVALID_CURSOR')
  return true
}

test('gives back the name it was made from, whatever its script', () => {
  for (const name of ['fred', 'Zoë', 'émile', 'Jose\u0301', '名前', '😀', '👩‍👩‍👧', 'a b/c?d=e&f', '"quoted"', '\\', '%41', '.']) {
    assert.equal(cursors.decode(cursors.encode(name)), name, name)
  }
})

test('can be put in a URL as it is', () => {
  for (const name of ['fred', '名前 & 😀', '>>>???']) {
    assert.match(cursors.encode(name), /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/)
  }
})

test('refuses a cursor whose payload was changed, even to another valid payload', () => {
  const [, signature] = cursors.encode('fred').split('.')
  const forgedPayload = Buffer.from(JSON.stringify({ after: 'zelda' })).toString('base64url')
  assert.throws(() => cursors.decode(`${forgedPayload}.${signature}`), isInvalidCursor)
})

test('refuses a cursor whose signature was changed', () => {
  const [payload, signature = ''] = cursors.encode('fred').split('.')
  // The first character carries six whole bits; the last one of 22 carries padding too.
  const flipped = (signature.startsWith('A') ? 'B' : 'A') + signature.slice(1)
  assert.throws(() => cursors.decode(`${payload}.${flipped}`), isInvalidCursor)
})

test('refuses a cursor signed with another secret', () => {
  const foreign = createCursorCodec(randomBytes(32)).encode('fred')
  assert.throws(() => cursors.decode(foreign), isInvalidCursor)
})

test('refuses garbage of every shape', () => {
  for (const cursor of ['', '.', 'bogus', 'a.b.c', 'eyJhZnRlciI6ImZyZWQifQ', 'eyJhZnRlciI6ImZyZWQifQ.', '%%%.%%%']) {
    assert.throws(() => cursors.decode(cursor), isInvalidCursor, cursor)
  }
})
