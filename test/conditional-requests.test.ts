// Checks ETags, the parsing of If-Match and If-None-Match, and the write conditions the store checks (RFC 9110 §13).
import assert from 'node:assert/strict'
import type { IncomingHttpHeaders } from 'node:http'
import { describe, test } from 'node:test'
import { etagOf, isNotModified, pageEtagOf, writeConditionOf } from '../src/conditional-requests.ts'
import { assertCondition, nextTimestamp, versionOf } from '../src/storage/conditions.ts'
import { ConditionFailedError } from '../src/storage/store.ts'
import type { Person, WriteCondition } from '../src/storage/store.ts'
import { aPerson } from './people.ts'

const FRED: Person = aPerson({ comment: 'Likes tea 🍵', createdAt: '2024-05-01T10:00:00.000Z', updatedAt: '2024-05-01T10:00:00.000Z' })
const STALE: Person = { ...FRED, comment: 'said something else', updatedAt: '2024-04-30T09:00:00.000Z' }

/** The opaque part of a tag as the client would send it back, without its quotes. */
const opaqueOf = (person: Person): string => etagOf(person).slice(1, -1)

describe('etagOf', () => {
  test('is a strong entity tag: quoted, without W/, of characters RFC 9110 §8.8.3 allows', () => {
    const tag = etagOf(FRED)
    assert.match(tag, /^"[\x21\x23-\x7e]+"$/)
    assert.ok(!tag.startsWith('W/'))
  })

  test('is the same for the same stored state, whichever object holds it', () => {
    const reordered = Object.fromEntries(Object.entries(FRED).reverse()) as Person
    assert.notDeepEqual(Object.keys(reordered), Object.keys(FRED))
    assert.equal(etagOf({ ...FRED }), etagOf(FRED))
    assert.equal(etagOf(reordered), etagOf(FRED))
  })

  test('changes when any stored field changes', () => {
    const changes: Array<Partial<Person>> = [
      { name: 'Fred' },
      { email: 'fred@example.org' },
      { comment: null },
      { comment: 'Likes tea 🍵 ' },
      { createdAt: '2024-05-01T10:00:00.001Z' },
      { updatedAt: '2024-05-01T10:00:00.001Z' }
    ]
    const tags = new Set([etagOf(FRED)])
    for (const change of changes) {
      const tag = etagOf({ ...FRED, ...change })
      assert.notEqual(tag, etagOf(FRED), JSON.stringify(change))
      tags.add(tag)
    }
    assert.equal(tags.size, changes.length + 1, 'two different states share a tag')
  })

  test('tells a null comment from the text "null", and fields apart from each other', () => {
    assert.notEqual(etagOf({ ...FRED, comment: null }), etagOf({ ...FRED, comment: 'null' }))
    assert.notEqual(etagOf({ ...FRED, name: 'a', email: 'b@c.de' }), etagOf({ ...FRED, name: 'ab', email: '@c.de' }))
  })
})

describe('pageEtagOf', () => {
  const ANNA = { ...FRED, name: 'anna' }
  const NEXT = '/v1/people?limit=2&cursor=abc'

  test('is a strong tag that names the format, the same for the same page', () => {
    const tag = pageEtagOf([ANNA, FRED], 'v1', NEXT, 'yaml')
    assert.match(tag, /^"[\w-]{22}\.yaml"$/)
    assert.equal(pageEtagOf([{ ...ANNA }, { ...FRED }], 'v1', NEXT, 'yaml'), tag)
  })

  test('changes with anything the page\'s body is made of: a person on it, their order, who is on it, the next link, the version, the format', () => {
    const tag = pageEtagOf([ANNA, FRED], 'v1', NEXT)
    const others = [
      pageEtagOf([ANNA, { ...FRED, updatedAt: '2024-05-01T10:00:00.001Z' }], 'v1', NEXT),
      pageEtagOf([FRED, ANNA], 'v1', NEXT),
      pageEtagOf([ANNA], 'v1', NEXT),
      pageEtagOf([ANNA, FRED], 'v1', null),
      pageEtagOf([ANNA, FRED], 'v1', '/v1/people?limit=2&cursor=abd'),
      pageEtagOf([ANNA, FRED], 'v2', NEXT),
      pageEtagOf([ANNA, FRED], 'v1', NEXT, 'csv')
    ]
    assert.equal(new Set([tag, ...others]).size, others.length + 1)
  })

  test('of an empty page is a tag too, and a person\'s tag never equals a page\'s of that one person', () => {
    assert.match(pageEtagOf([], 'v1', null), /^"[\w-]{22}\.json"$/)
    assert.notEqual(pageEtagOf([FRED], 'v1', null), etagOf(FRED))
  })
})

describe('one tag per representation', () => {
  test('each format of the same state has a tag of its own', () => {
    const tags = ['json', 'yaml', 'csv', 'msgpack'].map(format => etagOf(FRED, format))
    assert.equal(new Set(tags).size, tags.length)
  })

  test('If-None-Match matches only the representation it was read in', () => {
    assert.equal(isNotModified({ 'if-none-match': etagOf(FRED, 'yaml') }, etagOf(FRED, 'yaml')), true)
    assert.equal(isNotModified({ 'if-none-match': etagOf(FRED, 'json') }, etagOf(FRED, 'yaml')), false)
  })

  test('If-Match names the stored version, whichever format the tag was read in', () => {
    for (const format of ['json', 'yaml', 'msgpack']) {
      assert.deepEqual(writeConditionOf({ 'if-match': etagOf(FRED, format) }), { ifMatch: [versionOf(FRED)] }, format)
    }
  })
})

describe('writeConditionOf', () => {
  const conditionOf = (headers: IncomingHttpHeaders): WriteCondition | undefined => writeConditionOf(headers)

  test('is undefined when neither header is sent', () => {
    assert.equal(conditionOf({}), undefined)
    assert.equal(conditionOf({ 'if-modified-since': 'Wed, 01 May 2024 10:00:00 GMT' }), undefined)
  })

  test('reads a list of tags, with or without spaces after the commas', () => {
    assert.deepEqual(conditionOf({ 'if-match': '"a", "b","c"' }), { ifMatch: ['a', 'b', 'c'] })
    assert.deepEqual(conditionOf({ 'if-none-match': '"a",  "b"' }), { ifNoneMatch: ['a', 'b'] })
  })

  test('reads * on its own, spaces around it allowed', () => {
    assert.deepEqual(conditionOf({ 'if-match': '*' }), { ifMatch: '*' })
    assert.deepEqual(conditionOf({ 'if-none-match': ' * ' }), { ifNoneMatch: '*' })
  })

  test('drops weak tags from If-Match, which compares strongly (§13.1.1)', () => {
    assert.deepEqual(conditionOf({ 'if-match': 'W/"a", "b"' }), { ifMatch: ['b'] })
    assert.deepEqual(conditionOf({ 'if-match': 'W/"a"' }), { ifMatch: [] })
  })

  test('keeps weak tags in If-None-Match, which compares weakly (§13.1.2)', () => {
    assert.deepEqual(conditionOf({ 'if-none-match': 'W/"a", "b"' }), { ifNoneMatch: ['a', 'b'] })
  })

  test('reads both headers when both are sent, and names only those sent', () => {
    assert.deepEqual(conditionOf({ 'if-match': '"a"', 'if-none-match': '*' }), { ifMatch: ['a'], ifNoneMatch: '*' })
    assert.ok(!('ifNoneMatch' in (conditionOf({ 'if-match': '"a"' }) ?? {})))
    assert.ok(!('ifMatch' in (conditionOf({ 'if-none-match': '"a"' }) ?? {})))
  })

  test('finds no tags in garbage, so the condition is still there and never matches', () => {
    for (const garbage of ['', 'a', 'abc, def', '**', 'W/a', '"unterminated']) {
      assert.deepEqual(conditionOf({ 'if-match': garbage }), { ifMatch: [] }, garbage)
      assert.deepEqual(conditionOf({ 'if-none-match': garbage }), { ifNoneMatch: [] }, garbage)
    }
  })

  test('a garbage If-Match fails the write, and a garbage If-None-Match lets it through', () => {
    const ifMatch = conditionOf({ 'if-match': 'not a tag' })
    const ifNoneMatch = conditionOf({ 'if-none-match': 'not a tag' })
    assert.throws(() => assertCondition(FRED, ifMatch), ConditionFailedError)
    assertCondition(FRED, ifNoneMatch)
  })

  test('gives back the version etagOf put in the tag, which the store compares', () => {
    const condition = conditionOf({ 'if-match': etagOf(FRED) })
    assert.deepEqual(condition, { ifMatch: [versionOf(FRED)] })
    assertCondition(FRED, condition)
  })
})

describe('isNotModified', () => {
  test('is false without If-None-Match', () => {
    assert.equal(isNotModified({}, etagOf(FRED)), false)
    assert.equal(isNotModified({ 'if-match': etagOf(FRED) }, etagOf(FRED)), false)
  })

  test('is true for the current tag, alone or in a list', () => {
    assert.equal(isNotModified({ 'if-none-match': etagOf(FRED) }, etagOf(FRED)), true)
    assert.equal(isNotModified({ 'if-none-match': `"other", ${etagOf(FRED)}` }, etagOf(FRED)), true)
  })

  test('compares weakly: W/ and the current tag match (§13.1.2)', () => {
    assert.equal(isNotModified({ 'if-none-match': `W/${etagOf(FRED)}` }, etagOf(FRED)), true)
  })

  test('is false for a stale tag, and for garbage', () => {
    assert.equal(isNotModified({ 'if-none-match': etagOf(STALE) }, etagOf(FRED)), false)
    assert.equal(isNotModified({ 'if-none-match': opaqueOf(FRED) }, etagOf(FRED)), false, 'an unquoted tag is not a tag')
    assert.equal(isNotModified({ 'if-none-match': 'garbage' }, etagOf(FRED)), false)
  })

  test('is true for *, since the person exists', () => {
    assert.equal(isNotModified({ 'if-none-match': '*' }, etagOf(FRED)), true)
  })
})

describe('assertCondition', () => {
  const current = versionOf(FRED)
  const stale = versionOf(STALE)

  // [condition, outcome for FRED stored, outcome when nobody is stored]
  const TABLE: Array<[string, WriteCondition | undefined, 'ok' | 'fails', 'ok' | 'fails']> = [
    ['no condition', undefined, 'ok', 'ok'],
    ['an empty condition', {}, 'ok', 'ok'],
    ['If-Match *', { ifMatch: '*' }, 'ok', 'fails'],
    ['If-Match current', { ifMatch: [current] }, 'ok', 'fails'],
    ['If-Match stale', { ifMatch: [stale] }, 'fails', 'fails'],
    ['If-Match stale, current', { ifMatch: [stale, current] }, 'ok', 'fails'],
    ['If-Match with no tags', { ifMatch: [] }, 'fails', 'fails'],
    ['If-None-Match *', { ifNoneMatch: '*' }, 'fails', 'ok'],
    ['If-None-Match current', { ifNoneMatch: [current] }, 'fails', 'ok'],
    ['If-None-Match stale', { ifNoneMatch: [stale] }, 'ok', 'ok'],
    ['If-None-Match with no tags', { ifNoneMatch: [] }, 'ok', 'ok'],
    ['If-Match current and If-None-Match stale', { ifMatch: [current], ifNoneMatch: [stale] }, 'ok', 'fails'],
    ['If-Match * and If-None-Match current', { ifMatch: '*', ifNoneMatch: [current] }, 'fails', 'fails'],
    ['If-Match * and If-None-Match *', { ifMatch: '*', ifNoneMatch: '*' }, 'fails', 'fails']
  ]

  for (const [name, condition, whenPresent, whenAbsent] of TABLE) {
    test(`${name}: ${whenPresent} when the person exists, ${whenAbsent} when they do not`, () => {
      for (const [person, outcome] of [[FRED, whenPresent], [undefined, whenAbsent]] as const) {
        if (outcome === 'ok') assertCondition(person, condition)
        else assert.throws(() => assertCondition(person, condition), ConditionFailedError)
      }
    })
  }

  test('the table above has at least one case of each outcome in each column', () => {
    assert.deepEqual(new Set(TABLE.map(([, , whenPresent]) => whenPresent)), new Set(['ok', 'fails']))
    assert.deepEqual(new Set(TABLE.map(([, , , whenAbsent]) => whenAbsent)), new Set(['ok', 'fails']))
  })
})

describe('nextTimestamp', () => {
  const NOW = new Date('2024-05-01T10:00:00.000Z')

  test('is now, for someone not stored before', () => {
    assert.equal(nextTimestamp(undefined, NOW), '2024-05-01T10:00:00.000Z')
  })

  test('is now when the last write was earlier', () => {
    assert.equal(nextTimestamp('2024-05-01T09:59:59.999Z', NOW), '2024-05-01T10:00:00.000Z')
  })

  test('moves one millisecond past a write made in the same millisecond', () => {
    assert.equal(nextTimestamp('2024-05-01T10:00:00.000Z', NOW), '2024-05-01T10:00:00.001Z')
  })

  test('moves past a last write that lies ahead of the clock', () => {
    assert.equal(nextTimestamp('2024-05-01T10:00:05.000Z', NOW), '2024-05-01T10:00:05.001Z')
  })

  test('strictly increases over many writes within one millisecond, so each makes a new version', () => {
    let previous: string | undefined
    const versions = new Set<string>()
    for (let write = 0; write < 1000; write++) {
      const next = nextTimestamp(previous, NOW)
      if (previous !== undefined) assert.ok(next > previous, `${next} is not after ${previous}`)
      versions.add(versionOf({ ...FRED, updatedAt: next }))
      previous = next
    }
    assert.equal(versions.size, 1000)
  })

  test('uses the clock when no time is given', () => {
    const before = Date.now()
    const stamp = Date.parse(nextTimestamp(undefined))
    assert.ok(stamp >= before && stamp <= Date.now())
  })
})
