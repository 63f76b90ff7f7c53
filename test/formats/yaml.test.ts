// Checks that YAML bodies are read safely (core schema, no duplicates, bounded aliases) and YAML responses keep text as it is.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { parseYaml, yaml } from '../../src/formats/yaml.ts'
import { assertMalformed } from './assert-malformed.ts'

const read = (text: string): unknown => parseYaml(Buffer.from(text, 'utf8'))

function write (payload: unknown): string {
  assert.ok(yaml.serialize !== undefined, 'YAML must be able to write responses')
  const written = yaml.serialize(payload)
  assert.equal(typeof written, 'string')
  return written as string
}

/** Nine aliases per level, ten levels: a billion "lol"s if aliases were expanded without limit. */
function billionLaughs (): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  for (let level = 1; level < 10; level++) {
    const anchor = String.fromCharCode(97 + level)
    const previous = String.fromCharCode(96 + level)
    lines.push(`${anchor}: &${anchor} [${Array(9).fill(`*${previous}`).join(',')}]`)
  }
  return lines.join('\n')
}

describe('parseYaml', () => {
  test('reads a person in block and in flow style', () => {
    assert.deepEqual(read('email: fred@example.com\ncomment: "Likes tea 🍵"\n'), { email: 'fred@example.com', comment: 'Likes tea 🍵' })
    assert.deepEqual(read('{email: 用户@例子.广告, comment: null}'), { email: '用户@例子.广告', comment: null })
  })

  test('reads YAML 1.2 core types, not YAML 1.1 ones ("yes" stays text)', () => {
    assert.deepEqual(read('a: yes\nb: true\nc: 010\nd: ~\n'), { a: 'yes', b: true, c: 10, d: null })
  })

  test('refuses a key named twice, at any depth', () => {
    assertMalformed(() => read('email: a@b.c\nemail: x@y.z\n'), /names the member "email" more than once/)
    assertMalformed(() => read('outer:\n  k: 1\n  k: 2\n'), /names the member "k" more than once/)
    assertMalformed(() => read('? [a, b]\n: 1\n'), /more than once|not a scalar/)
  })

  test('accepts the same key in sibling mappings', () => {
    assert.deepEqual(read('x: {k: 1}\ny: {k: 2}\n'), { x: { k: 1 }, y: { k: 2 } })
  })

  test('refuses language-specific and unknown tags instead of constructing objects', () => {
    for (const text of [
      'comment: !!python/object:os.system ls\n',
      '!!python/object/apply:os.system ["ls"]\n',
      'comment: !!js/function "function () {}"\n',
      'comment: !custom x\n'
    ]) {
      assertMalformed(() => read(text), /not well-formed YAML/)
    }
  })

  // yaml's resolveKnownTags (on by default) still builds a Buffer, Set, Map or
  // Date for these YAML 1.1 tags under the core schema; parseDocument needs
  // `resolveKnownTags: false` in src/formats/yaml.ts.
  test('refuses YAML 1.1 tags that would build a Buffer, Set, Map or Date', () => {
    for (const text of ['comment: !!binary aGVsbG8=\n', 'comment: !!set {a}\n', 'comment: !!omap [a: 1]\n', 'comment: !!timestamp 2001-12-14\n']) {
      assertMalformed(() => read(text), /not well-formed YAML/)
    }
  })

  // A %YAML 1.1 directive switches the library to YAML 1.1 rules, where
  // these all mean something else than in 1.2's core schema.
  test('refuses a %YAML directive, so no body can switch to YAML 1.1 rules', () => {
    for (const text of [
      '%YAML 1.1\n---\nemail: a@b.co\n<<: {comment: merged}\n',
      '%YAML 1.1\n---\nenabled: yes\n',
      '%YAML 1.1\n---\ncomment: !!binary aGVsbG8=\n',
      '%YAML 1.1\n---\ncomment: 2001-12-14\n',
      '%YAML 1.2\n---\nemail: a@b.co\n'
    ]) {
      assertMalformed(() => read(text), /without %YAML or %TAG directives/)
    }
  })

  test('refuses a %TAG directive, even one that redefines the standard handle', () => {
    for (const text of ['%TAG !e! tag:example.com,2000:\n---\nemail: !e!x a@b.co\n', '%TAG !! tag:example.com,2000:\n---\nemail: a@b.co\n']) {
      assertMalformed(() => read(text), /without %YAML or %TAG directives|not well-formed YAML/)
    }
  })

  test('keeps "%YAML" that is text, and a document that only starts with ---', () => {
    assert.deepEqual(read('---\ncomment: "%YAML 1.1"\n'), { comment: '%YAML 1.1' })
  })

  test('accepts explicit core-schema tags', () => {
    assert.deepEqual(read('comment: !!str 12\nother: !!null ""\n'), { comment: '12', other: null })
  })

  test('refuses a billion-laughs document at once', () => {
    const started = performance.now()
    assertMalformed(() => read(billionLaughs()), /aliases/)
    assert.ok(performance.now() - started < 1000, 'took longer than a second: aliases are not bounded')
  })

  test('accepts a few aliases', () => {
    assert.deepEqual(read('a: &x hi\nb: *x\n'), { a: 'hi', b: 'hi' })
  })

  test('refuses text that is not YAML', () => {
    for (const text of ['a: [1, 2\n', 'a: "unterminated\n', 'a: b: c\n', '  a: 1\n b: 2\n', '@reserved\n']) {
      assertMalformed(() => read(text), /not well-formed YAML/)
    }
  })

  test('refuses bytes that are not UTF-8', () => {
    assertMalformed(() => parseYaml(Buffer.from([0x61, 0x3a, 0x20, 0xc0, 0xaf, 0x0a])), /not valid UTF-8/)
  })

  test('refuses a lone surrogate written as an escape, in a value or a key', () => {
    assertMalformed(() => read('comment: "\\ud83c"\n'), /lone surrogate/)
    assertMalformed(() => read('"\\udc00": 1\n'), /lone surrogate/)
  })

  test('refuses nesting deeper than the limit', () => {
    assertMalformed(() => read('['.repeat(100) + ']'.repeat(100)), /nested more than/)
  })
})

describe('yaml.serialize', () => {
  test('writes characters as themselves, not as escapes', () => {
    const written = write({ status: 'ok', result: { name: '名前', email: '用户@例子.广告', comment: '🍵 tea, Zoë' } })
    assert.ok(written.includes('名前'), written)
    assert.ok(written.includes('用户@例子.广告'), written)
    assert.ok(written.includes('🍵 tea, Zoë'), written)
    assert.doesNotMatch(written, /\\u|\\x/)
  })

  test('round-trips a v1 envelope through parseYaml', () => {
    const envelope = { status: 'ok', result: [{ name: 'fred', email: 'f@x.io', comment: null }, { name: 'yes', email: 'y@x.io', comment: '010' }], next: null }
    assert.deepEqual(read(write(envelope)), envelope)
  })

  test('keeps text that YAML would otherwise read as another type', () => {
    const tricky = { a: 'true', b: 'null', c: '~', d: '1e3', e: '0x1F', f: '- item', g: 'key: value', h: '#hash', i: '' }
    assert.deepEqual(read(write(tricky)), tricky)
  })

  // yaml 2.9.1 writes ' \n' as a block scalar `|+` whose only line is blank,
  // which reads back as '\n' (eemeli/yaml#692, #695); `blockQuote: false`
  // in src/formats/yaml.ts makes every multi-line string double-quoted.
  test('keeps a comment whose first line is only white space', () => {
    for (const comment of [' \n', '\t\n', '  \nx', ' \n\n']) {
      assert.deepEqual(read(write({ comment })), { comment })
    }
  })

  test('writes each line of a long comment in full, never folded', () => {
    const comment = 'word '.repeat(100).trim()
    assert.ok(write({ comment }).includes(comment))
  })
})
