// Checks that JSON bodies are read as I-JSON: strict UTF-8, no duplicate members, Unicode text only, bounded depth.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { findDuplicateKey, parseJson } from '../../src/formats/json.ts'
import { MAX_DEPTH } from '../../src/formats/plain-data.ts'
import { assertMalformed } from './assert-malformed.ts'

const read = (text: string): unknown => parseJson(Buffer.from(text, 'utf8'))

/** The bytes of a JSON string literal whose content is the given raw bytes. */
function jsonStringOf (bytes: number[]): Buffer {
  return Buffer.concat([Buffer.from('{"comment":"'), Buffer.from(bytes), Buffer.from('"}')])
}

describe('parseJson: UTF-8', () => {
  test('reads UTF-8 text of every plane', () => {
    assert.deepEqual(read('{"name":"名前","comment":"🍵 tea, Zoë"}'), { name: '名前', comment: '🍵 tea, Zoë' })
  })

  test('joins an escaped surrogate pair into one character', () => {
    assert.deepEqual(read('{"comment":"\\ud83c\\udf75"}'), { comment: '🍵' })
  })

  test('refuses bytes that are not UTF-8', () => {
    for (const bytes of [[0xff], [0x80], [0xe5, 0x90], [0xf4, 0x90, 0x80, 0x80]]) {
      assertMalformed(() => parseJson(jsonStringOf(bytes)), /not valid UTF-8/)
    }
  })

  test('refuses overlong encodings, which would smuggle "/" or NUL past a byte filter', () => {
    for (const bytes of [[0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xc0, 0x80], [0xf0, 0x80, 0x80, 0xaf]]) {
      assertMalformed(() => parseJson(jsonStringOf(bytes)), /not valid UTF-8/)
    }
  })

  test('refuses surrogates encoded as UTF-8 bytes (CESU-8)', () => {
    assertMalformed(() => parseJson(jsonStringOf([0xed, 0xa0, 0x80])), /not valid UTF-8/)
    assertMalformed(() => parseJson(jsonStringOf([0xed, 0xa0, 0xbc, 0xed, 0xbd, 0xb5])), /not valid UTF-8/)
  })
})

describe('parseJson: well-formedness', () => {
  test('refuses text that is not JSON', () => {
    for (const text of ['', '{', '{"email": }', '{email: "a@b.c"}', '{"a":1,}', '[1 2]', 'nope', '{"a":"\u0001"}']) {
      assertMalformed(() => read(text), /not well-formed JSON/)
    }
  })

  test('refuses a lone surrogate in a value', () => {
    assertMalformed(() => read('{"comment":"tea \\ud83c"}'), /lone surrogate/)
    assertMalformed(() => read('{"comment":"\\udf75"}'), /lone surrogate/)
    assertMalformed(() => read('["ok", ["\\ud800"]]'), /lone surrogate/)
  })

  test('refuses a lone surrogate in a key', () => {
    assertMalformed(() => read('{"\\ud800":1}'), /lone surrogate/)
    assertMalformed(() => read('{"outer":{"x\\udc00":1}}'), /lone surrogate/)
  })
})

describe('parseJson: duplicate members (RFC 7493 §2.3)', () => {
  test('refuses a member named twice, and names it', () => {
    assertMalformed(() => read('{"email":"a@b.c","email":"x@y.z"}'), /member "email" more than once/)
  })

  test('refuses a duplicate at any depth, inside objects and arrays', () => {
    assertMalformed(() => read('{"a":{"b":{"k":1,"k":2}}}'), /"k"/)
    assertMalformed(() => read('{"list":[1,{"ok":true},[{"k":1,"k":2}]]}'), /"k"/)
    assertMalformed(() => read('[{"k":1,"j":{},"k":2}]'), /"k"/)
  })

  test('refuses twins spelled differently but equal once unescaped', () => {
    assertMalformed(() => read('{"a":1,"\\u0061":2}'), /member "a"/)
    assertMalformed(() => read('{"é":1,"\\u00e9":2}'), /member "é"/)
  })

  test('refuses a duplicate even across white space before the colon', () => {
    assertMalformed(() => read('{ "k" \r\n\t: 1 , "k"\n:2 }'), /"k"/)
  })

  test('accepts the same key in sibling objects', () => {
    const text = '{"x":{"k":1},"y":{"k":2},"z":[{"k":1},{"k":2}]}'
    assert.deepEqual(read(text), { x: { k: 1 }, y: { k: 2 }, z: [{ k: 1 }, { k: 2 }] })
  })

  test('accepts the same key in an object and the object it is nested in', () => {
    assert.deepEqual(read('{"k":{"k":{"k":1}}}'), { k: { k: { k: 1 } } })
  })

  test('does not take values that look like keys for keys', () => {
    assert.deepEqual(read('{"a":"b","b":"a"}'), { a: 'b', b: 'a' })
    assert.deepEqual(read('{"a":["a","a"],"b":"a:"}'), { a: ['a', 'a'], b: 'a:' })
  })

  test('reads keys with escaped quotes and backslashes, and still spots their twins', () => {
    assert.deepEqual(read('{"a\\"b":1,"a\\\\":2,"\\\\\\"":3}'), { 'a"b': 1, 'a\\': 2, '\\"': 3 })
    assertMalformed(() => read('{"a\\"b":1,"a\\"b":2}'), /member "a"b"/)
    assertMalformed(() => read('{"a\\\\":1,"a\\u005c":2}'), /member "a\\"/)
  })

  test('does not take braces or quotes inside strings for structure', () => {
    assert.deepEqual(read('{"k":"}{\\"k\\":","j":"[","l":"\\\\"}'), { k: '}{"k":', j: '[', l: '\\' })
  })

  test('findDuplicateKey answers undefined when every object names its members once', () => {
    assert.equal(findDuplicateKey('{"a":{"a":1},"b":[{"a":1},{"a":2}]}'), undefined)
    assert.equal(findDuplicateKey('{"a":1,"b":{"c":2,"c":3}}'), 'c')
  })

  test('findDuplicateKey finds where each string ends, escaped quotes and backslashes included', () => {
    assert.equal(findDuplicateKey(String.raw`{"a":"ends in a backslash \\","a":2}`), 'a')
    assert.equal(findDuplicateKey(String.raw`{"a":"quotes \"a\": 1 inside","b":1}`), undefined)
    assert.equal(findDuplicateKey(String.raw`{"k\"":1,"k\u0022":2}`), 'k"')
    assert.equal(findDuplicateKey(String.raw`{"k\\":1,"k\\" :2}`), 'k\\')
  })

  test('findDuplicateKey comes to an end on text that JSON.parse would refuse', () => {
    assert.equal(findDuplicateKey('{"a":"never closed'), undefined)
  })
})

describe('parseJson: depth', () => {
  const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth)

  test(`accepts ${MAX_DEPTH} levels and refuses one more`, () => {
    assert.ok(Array.isArray(read(nested(MAX_DEPTH))))
    assertMalformed(() => read(nested(MAX_DEPTH + 1)), /nested more than/)
    assertMalformed(() => read('{"a":'.repeat(MAX_DEPTH + 1) + '1' + '}'.repeat(MAX_DEPTH + 1)), /nested more than/)
  })

  test('refuses 100,000 levels with a 400, not a RangeError', () => {
    assertMalformed(() => read(nested(100_000)))
  })

  test('refuses 100,000 unclosed brackets with a 400', () => {
    assertMalformed(() => read('['.repeat(100_000)))
  })
})
