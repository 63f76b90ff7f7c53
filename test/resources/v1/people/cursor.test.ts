// Checks that list cursors carry any name there and back, and that a forged or mangled cursor is a 400.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ApiError } from '../../../../src/errors.ts'
import { decodeCursor, encodeCursor } from '../../../../src/resources/v1/people/cursor.ts'

function base64url (text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url')
}

function isInvalidCursor (error: unknown): boolean {
  assert.ok(error instanceof ApiError, `expected an ApiError, got ${String(error)}`)
  assert.equal(error.status, 400)
  assert.equal(error.code, 'INVALID_CURSOR')
  return true
}

test('gives back the name it was made from, whatever its script', () => {
  for (const name of ['fred', 'Zoë', 'émile', 'Jose\u0301', '名前', '😀', '👩‍👩‍👧', 'a b/c?d=e&f', '"quoted"', '\\', '%41']) {
    assert.equal(decodeCursor(encodeCursor(name)), name, name)
  }
})

test('keeps a lone surrogate as it is rather than replacing it', () => {
  assert.equal(decodeCursor(encodeCursor('\ud800')), '\ud800')
})

test('can be put in a URL as it is', () => {
  for (const name of ['fred', '名前 & 😀', '>>>???']) {
    assert.match(encodeCursor(name), /^[A-Za-z0-9_-]+$/)
  }
})

test('does not show the name in plain text', () => {
  assert.equal(encodeCursor('fred').includes('fred'), false)
})

test('refuses garbage with a 400 that says what to do', () => {
  for (const cursor of ['', '!!!', 'not a cursor', base64url('not json'), base64url('{"after":'), '%%%']) {
    assert.throws(() => decodeCursor(cursor), isInvalidCursor, JSON.stringify(cursor))
  }
  assert.throws(() => decodeCursor('!!!'), /next link/)
})

test('refuses well-formed JSON of the wrong shape', () => {
  for (const json of ['null', '"fred"', '42', '[]', '{}', '{"after":42}', '{"after":null}', '{"before":"fred"}', '["fred"]']) {
    assert.throws(() => decodeCursor(base64url(json)), isInvalidCursor, json)
  }
})
