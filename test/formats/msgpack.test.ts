// Checks that MessagePack bodies are as strict as JSON: no duplicate keys, strict UTF-8, no prototype keys, no garbage.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { encode } from '@msgpack/msgpack'
import { msgpack, parseMsgpack } from '../../src/formats/msgpack.ts'
import { assertMalformed } from './assert-malformed.ts'

/** A fixstr (up to 31 bytes): header 0xa0 | length, then the bytes. */
function str (text: string | number[]): Buffer {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text)
  assert.ok(bytes.length < 32)
  return Buffer.concat([Buffer.from([0xa0 | bytes.length]), bytes])
}

/** A fixmap of up to 15 pairs, written pair by pair so keys may repeat. */
function map (...pairs: Array<[Buffer, Buffer]>): Buffer {
  assert.ok(pairs.length < 16)
  return Buffer.concat([Buffer.from([0x80 | pairs.length]), ...pairs.flat()])
}

/** A fixarray of up to 15 items. */
function array (...items: Buffer[]): Buffer {
  return Buffer.concat([Buffer.from([0x90 | items.length]), ...items])
}

const int = (value: number): Buffer => Buffer.from([value])

function write (payload: unknown): Buffer {
  assert.ok(msgpack.serialize !== undefined)
  const written = msgpack.serialize(payload)
  assert.ok(Buffer.isBuffer(written))
  return written
}

describe('parseMsgpack', () => {
  test('reads what the library encodes', () => {
    const person = { email: '用户@例子.广告', comment: 'Likes tea 🍵\n' }
    assert.deepEqual(parseMsgpack(Buffer.from(encode(person))), person)
  })

  test('reads a hand-built map, so the test does not only trust the encoder', () => {
    assert.deepEqual(parseMsgpack(map([str('email'), str('a@b.c')], [str('comment'), Buffer.from([0xc0])])), { email: 'a@b.c', comment: null })
  })

  test('refuses a map key written twice, and names it', () => {
    assertMalformed(() => parseMsgpack(map([str('email'), str('a@b.c')], [str('email'), str('x@y.z')])), /member "email" more than once/)
  })

  test('refuses a duplicate key in a nested map', () => {
    const nested = map([str('outer'), array(int(1), map([str('k'), int(1)], [str('k'), int(2)]))])
    assertMalformed(() => parseMsgpack(nested), /member "k"/)
  })

  test('refuses an integer key and a string key that name the same member', () => {
    assertMalformed(() => parseMsgpack(map([int(1), int(1)], [str('1'), int(2)])), /member "1"/)
  })

  test('accepts the same key in sibling maps', () => {
    const siblings = map([str('x'), map([str('k'), int(1)])], [str('y'), map([str('k'), int(2)])])
    assert.deepEqual(parseMsgpack(siblings), { x: { k: 1 }, y: { k: 2 } })
  })

  test('refuses invalid UTF-8 in a string value', () => {
    assertMalformed(() => parseMsgpack(map([str('comment'), str([0xc3, 0x28])])), /not valid UTF-8/)
    assertMalformed(() => parseMsgpack(map([str('comment'), str([0xc0, 0xaf])])), /not valid UTF-8/)
    assertMalformed(() => parseMsgpack(map([str('comment'), str([0xed, 0xa0, 0x80])])), /not valid UTF-8/)
  })

  // Map keys never reach rawStrings: @msgpack/msgpack decodes them itself, leniently
  // (0xc3 0x28 becomes "è"). A keyDecoder that uses the strict decoder fixes it.
  test('refuses invalid UTF-8 in a map key', () => {
    assertMalformed(() => parseMsgpack(map([str([0xc3, 0x28]), int(1)])))
    assertMalformed(() => parseMsgpack(map([str([0x65, 0x6d, 0x61, 0x69, 0x6c, 0xff]), str('a@b.c')])))
  })

  // decodeUtf8 strips a leading BOM, which is right for a whole body but not
  // for one string inside it; strings need a decoder with ignoreBOM: true.
  test('keeps a string that starts with U+FEFF', () => {
    assert.deepEqual(parseMsgpack(map([str('comment'), str('\ufeffx')])), { comment: '\ufeffx' })
  })

  // With rawStrings, str and bin both arrive as bytes, and rebuild() decodes both as text.
  test('refuses binary data where text is expected', () => {
    assertMalformed(() => parseMsgpack(map([str('comment'), Buffer.from([0xc4, 0x01, 0x41])])))
  })

  test('refuses a __proto__ key rather than touching the prototype', () => {
    const body = map([str('__proto__'), map([str('isAdmin'), Buffer.from([0xc3])])])
    assertMalformed(() => parseMsgpack(body))
    assert.equal(({} as Record<string, unknown>).isAdmin, undefined)
  })

  test('refuses bytes MessagePack never uses', () => {
    assertMalformed(() => parseMsgpack(Buffer.from([0xc1])), /not well-formed MessagePack/)
  })

  test('refuses a body cut short', () => {
    const whole = Buffer.from(encode({ email: 'a@b.c', comment: 'hello' }))
    for (let length = 0; length < whole.length; length++) {
      assertMalformed(() => parseMsgpack(whole.subarray(0, length)), /not well-formed MessagePack/)
    }
  })

  test('refuses bytes left over after the value', () => {
    assertMalformed(() => parseMsgpack(Buffer.concat([map([str('a'), int(1)]), int(2)])), /not well-formed MessagePack/)
  })

  test('refuses text that is not MessagePack at all', () => {
    assertMalformed(() => parseMsgpack(Buffer.from('{"email":"a@b.c"}')))
  })

  test('refuses nesting deeper than the limit', () => {
    const deep = Buffer.concat([Buffer.alloc(100, 0x91), Buffer.from([0x90])])
    assertMalformed(() => parseMsgpack(deep), /nested/)
  })
})

describe('msgpack.serialize', () => {
  test('round-trips a v1 envelope through parseMsgpack', () => {
    const envelope = { status: 'ok', result: [{ name: '名前', email: 'a@b.c', comment: null }], next: null }
    assert.deepEqual(parseMsgpack(write(envelope)), envelope)
  })

  test('writes text as UTF-8 strings', () => {
    const written = write({ name: '名前' })
    assert.ok(written.includes(Buffer.from('名前', 'utf8')))
  })
})
