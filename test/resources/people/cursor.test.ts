// Checks that list cursors carry any name there and back, and that a forged, mangled, non-canonical or foreign cursor is a 400.
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { test } from 'node:test'
import { ApiError } from '../../../src/errors.ts'
import { createCursorCodec } from '../../../src/resources/people/cursor.ts'

const secret = randomBytes(32)
const cursors = createCursorCodec(secret, 'v1')

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
  const foreign = createCursorCodec(randomBytes(32), 'v1').encode('fred')
  assert.throws(() => cursors.decode(foreign), isInvalidCursor)
})

test('refuses garbage of every shape', () => {
  for (const cursor of ['', '.', 'bogus', 'a.b.c', 'eyJhZnRlciI6ImZyZWQifQ', 'eyJhZnRlciI6ImZyZWQifQ.', '%%%.%%%']) {
    assert.throws(() => cursors.decode(cursor), isInvalidCursor, cursor)
  }
})

test('refuses a cursor made for another version, though signed with the same secret', () => {
  const fromV2 = createCursorCodec(secret, 'v2').encode('fred')
  assert.throws(() => cursors.decode(fromV2), (error: unknown) => isInvalidCursor(error) && /another version/.test((error as Error).message))
})

test('refuses a signature spelled in any base64 form but the one it was written in', () => {
  const [payload, signature = ''] = cursors.encode('fred').split('.')
  // 16 bytes fill 22 characters with 4 bits to spare: the last character has
  // siblings that decode to the same bytes, and padding decodes the same too.
  const last = signature.at(-1) ?? ''
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  const sibling = alphabet[alphabet.indexOf(last) ^ 1] ?? ''
  const siblingSignature = signature.slice(0, -1) + sibling
  assert.deepEqual(Buffer.from(siblingSignature, 'base64url'), Buffer.from(signature, 'base64url'), 'the sibling must decode to the same bytes')
  for (const spelling of [`${signature}==`, siblingSignature, signature.replaceAll('-', '+').replaceAll('_', '/'), ` ${signature}`]) {
    if (spelling === signature) continue
    assert.throws(() => cursors.decode(`${payload}.${spelling}`), isInvalidCursor, spelling)
  }
})
