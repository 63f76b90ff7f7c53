// Checks the name profile: invisible and bidi characters refused, joiners kept where a script or an emoji needs them, the same for people, keys and the command line.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { isKeyName } from '../../src/names/name-profile.ts'
import { NewKeyBody } from '../../src/resources/admin/schemas.ts'
import { PersonParams } from '../../src/resources/people/schemas.ts'
import { validatorCompiler } from '../../src/validation.ts'

const checkPerson = validatorCompiler({ schema: PersonParams, method: 'PUT', url: '/people/:name', httpPart: 'params' })
const checkKeyBody = validatorCompiler({ schema: NewKeyBody, method: 'POST', url: '/admin/keys', httpPart: 'body' })

/** The three places a name is checked: a person's name (after NFC, as the route does), a key's name in the API, and in the command line. */
function verdicts (name: string): { person: boolean, keyInApi: boolean, keyInCli: boolean } {
  return {
    person: checkPerson({ name: name.normalize('NFC') }) === true,
    keyInApi: checkKeyBody({ name, capabilities: ['people:read'] }) === true,
    keyInCli: isKeyName(name)
  }
}

const ALL_ACCEPT = { person: true, keyInApi: true, keyInCli: true }
const ALL_REFUSE = { person: false, keyInApi: false, keyInCli: false }

describe('refused in every name', () => {
  const refused: Array<[string, string]> = [
    ['\u202Eabc', 'RIGHT-TO-LEFT OVERRIDE, as in PUT /v1/people/%E2%80%AEabc'],
    ['abc\u202Dxyz', 'LEFT-TO-RIGHT OVERRIDE'],
    ['a\u202Ab', 'LEFT-TO-RIGHT EMBEDDING'],
    ['a\u202Cb', 'POP DIRECTIONAL FORMATTING'],
    ['\u2066fred\u2069', 'LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL ISOLATE'],
    ['a\u2067b', 'RIGHT-TO-LEFT ISOLATE'],
    ['a\u2068b', 'FIRST STRONG ISOLATE'],
    ['fred\u200E', 'LEFT-TO-RIGHT MARK'],
    ['fred\u200Fx', 'RIGHT-TO-LEFT MARK'],
    ['a\u061Cb', 'ARABIC LETTER MARK'],
    ['fr\u200Bed', 'ZERO WIDTH SPACE'],
    ['\uFEFFfred', 'BYTE ORDER MARK'],
    ['fr\u00ADed', 'SOFT HYPHEN'],
    ['fr\u2060ed', 'WORD JOINER'],
    ['x\u2062y', 'INVISIBLE TIMES'],
    ['\u3164', 'HANGUL FILLER, a blank that is a letter'],
    ['a\u034Fb', 'COMBINING GRAPHEME JOINER'],
    ['fred\u{E0041}\u{E0042}', 'tag characters, which can hide text'],
    ['a\u200Db', 'ZERO WIDTH JOINER between Latin letters: looks like "ab"'],
    ['a\u200Cb', 'ZERO WIDTH NON-JOINER between Latin letters'],
    ['\u200D😀', 'a joiner at the start'],
    ['😀\u200D', 'a joiner at the end'],
    ['😀\u200D\u200D😀', 'two joiners'],
    ['fred\uFE0F', 'a variation selector after a letter'],
    ['ب\u200C', 'a non-joiner with nothing to keep apart'],
    ['fr\u0007ed', 'a control character'],
    [' fred', 'white space at the start'],
    ['fred\u3000', 'white space at the end']
  ]
  for (const [name, why] of refused) {
    test(why, () => assert.deepEqual(verdicts(name), ALL_REFUSE, JSON.stringify(name)))
  }
})

describe('accepted in every name', () => {
  const accepted: Array<[string, string]> = [
    ['👨‍👩‍👧', 'a family: three emoji joined by ZWJ'],
    ['👩🏽‍💻', 'a skin tone before the joiner'],
    ['🏳️‍🌈', 'a presentation selector before the joiner'],
    ['🏳️‍⚧️', 'and after the last emoji'],
    ['❤️', 'an emoji in emoji presentation'],
    ['1️⃣', 'a keycap'],
    ['می‌خواهم', 'Persian, with the non-joiner its spelling needs'],
    ['क्‍ष', 'Devanagari: a joiner after a virama'],
    ['क्‌ष', 'Devanagari: a non-joiner after a virama'],
    ['ශ්‍රී', 'Sinhala: a joiner after al-lakuna'],
    ['Zoë Smith', 'letters and an inner space'],
    ['名前', 'Han'],
    ['😀'.repeat(100), '100 emoji']
  ]
  for (const [name, why] of accepted) {
    test(why, () => assert.deepEqual(verdicts(name), ALL_ACCEPT, JSON.stringify(name)))
  }
})

test('a person\'s name also refuses "/", "." and "..", which a key\'s name may be', () => {
  for (const name of ['ci/deploy', '.', '..']) {
    assert.deepEqual(verdicts(name), { person: false, keyInApi: true, keyInCli: true }, name)
  }
})

test('lengths count code points, in the command line as in the API', () => {
  assert.deepEqual(verdicts('😀'.repeat(101)), ALL_REFUSE)
  assert.deepEqual(verdicts(''), ALL_REFUSE)
})

test('a hostile name costs little time, however long', () => {
  for (const name of ['😀'.repeat(30_000) + '\u202E', 'a'.repeat(60_000) + '\u200B', '👨\u200D'.repeat(20_000) + 'x', 'ب\u200C'.repeat(20_000)]) {
    const started = performance.now()
    verdicts(name)
    assert.ok(performance.now() - started < 500, `took ${Math.round(performance.now() - started)} ms`)
  }
})
