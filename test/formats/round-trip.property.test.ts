// Property tests: every format gives back exactly the Unicode text it was given, and so does the API, names normalized to NFC.
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import fc from 'fast-check'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.ts'
import { toCsv } from '../../src/formats/csv.ts'
import { parseJson } from '../../src/formats/json.ts'
import { msgpack, parseMsgpack } from '../../src/formats/msgpack.ts'
import { parseYaml, yaml } from '../../src/formats/yaml.ts'
import { openStore } from '../../src/storage/open-store.ts'
import type { Store } from '../../src/storage/store.ts'
import { aDraft, aPersonView } from '../people.ts'
import { readCsv } from './read-csv.ts'

/** Well-formed Unicode text: whole grapheme clusters, or any code points at all (fast-check 4 has no fullUnicodeString). */
const text = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }).filter(value => value.isWellFormed())
)

/** Text built from the characters formats treat specially: indicators, quotes, line breaks, BOM, NUL. */
const SIGNIFICANT = [' ', '\t', '\n', '\r', '\u0085', '\u2028', '\ufeff', '\u0000', '\u007f', ':', '#', '-', '?', '&', '*', '!',
  '|', '>', '\'', '"', '%', '@', '`', '{', '}', '[', ']', ',', '=', '+', '\\', 'y', 'n', '0', 'x', '.', '~', 'é', '😀', '\uffff']
const significantText = fc.string({ unit: fc.constantFrom(...SIGNIFICANT) })

const EXAMPLES: Array<[string, string]> = [
  ['', ''], ['yes', 'null'], ['~', '0x1F'], ['- a', 'a: b'], ['#', '\'"'], ['\u2028', '\u0085'], ['名前', '🍵 tea'], ['a\r\nb', '\t']
]

type RoundTrip = (value: { email: string, comment: string }) => unknown

const ROUND_TRIPS: Record<string, RoundTrip> = {
  json: (value) => parseJson(Buffer.from(JSON.stringify(value), 'utf8')),
  yaml: (value) => parseYaml(Buffer.from(yaml.serialize?.(value) ?? '')),
  msgpack: (value) => parseMsgpack(Buffer.from(msgpack.serialize?.(value) ?? ''))
}

// Cases random runs reach only rarely: a whitespace-only first line, a leading BOM.
const SIGNIFICANT_EXAMPLES: Array<[string, string]> = [...EXAMPLES, [' \n', '\t\n'], ['\ufeffx', '\ufeff']]

function roundTrips (roundTrip: RoundTrip, strings: fc.Arbitrary<string>, numRuns: number, examples = EXAMPLES): void {
  fc.assert(fc.property(strings, strings, (email, comment) => {
    assert.deepEqual(roundTrip({ email, comment }), { email, comment })
  }), { numRuns, examples })
}

describe('formats that write and read give back the same text', () => {
  test('every format that writes responses and reads bodies is covered here', () => {
    assert.ok(yaml.serialize !== undefined && yaml.parse !== undefined)
    assert.ok(msgpack.serialize !== undefined && msgpack.parse !== undefined)
  })

  for (const [name, roundTrip] of Object.entries(ROUND_TRIPS)) {
    test(`${name} round-trips arbitrary well-formed Unicode`, () => {
      roundTrips(roundTrip, text, 300)
    })
  }

  test('json round-trips text made of characters formats treat specially', () => {
    roundTrips(ROUND_TRIPS.json as RoundTrip, significantText, 500, SIGNIFICANT_EXAMPLES)
  })

  // yaml 2.9.1 writes ' \n' as a `|+` block that reads back as '\n' (see yaml.test.ts).
  test('yaml round-trips text made of characters formats treat specially', () => {
    roundTrips(ROUND_TRIPS.yaml as RoundTrip, significantText, 500, SIGNIFICANT_EXAMPLES)
  })

  // decodeUtf8 strips a leading U+FEFF from every MessagePack string (see msgpack.test.ts).
  test('msgpack round-trips text made of characters formats treat specially', () => {
    roundTrips(ROUND_TRIPS.msgpack as RoundTrip, significantText, 500, SIGNIFICANT_EXAMPLES)
  })
})

// csv-stringify's formula guard: these first characters get a leading quote.
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/u

function asCell (value: string | null): string {
  const cell = value ?? ''
  return FORMULA_START.test(cell) ? `'${cell}` : cell
}

/** People as toCsv receives them; `lineBreaks` says how line breaks may appear in their text. */
function people (lineBreaks: 'crlf' | 'any'): fc.Arbitrary<Array<{ name: string, email: string, comment: string | null }>> {
  const cellText = lineBreaks === 'any'
    ? fc.oneof(text, significantText)
    : fc.oneof(text, significantText).map(value => value.replace(/\r\n|\r|\n/g, '\r\n'))
  const person = fc.record({ name: cellText, email: cellText, comment: fc.option(cellText, { nil: null }) })
  return fc.array(person, { maxLength: 5 })
}

function assertCsvRoundTrips (rows: Array<{ name: string, email: string, comment: string | null }>): void {
  const records = readCsv(toCsv({ status: 'ok', result: rows }))
  assert.deepEqual(records, [
    ['name', 'email', 'comment'],
    ...rows.map(row => [asCell(row.name), asCell(row.email), asCell(row.comment)])
  ])
}

describe('CSV', () => {
  test('any people come back as the same cells, apart from the formula guard', () => {
    fc.assert(fc.property(people('crlf'), assertCsvRoundTrips), { numRuns: 500 })
  })

  // A bare \n or \r in a cell is written unquoted (see csv.test.ts).
  test('any people come back as the same cells, bare line feeds included', () => {
    fc.assert(fc.property(people('any'), assertCsvRoundTrips), { numRuns: 500 })
  })
})

const ADMIN_KEY = 'test-admin-key-with-at-least-32-characters'
const AUTH = { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' }
const EMAIL = 'fred@example.com'

/** docs/contract.md §5 after NFC: 1–100 code points, no control character, no "/", no white space at either end. */
function isValidName (name: string): boolean {
  const nfc = name.normalize('NFC')
  const length = [...nfc].length
  // "." and ".." are dot segments: every WHATWG URL parser (inject's included) removes them from a path.
  return length >= 1 && length <= 100 && !/[\p{Cc}/]/u.test(nfc) && !/^\s|\s$/u.test(nfc) && nfc !== '.' && nfc !== '..'
}

const names = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 100 }).filter(value => value.isWellFormed())
).filter(isValidName)

const comments = fc.option(
  text.filter(value => [...value].length <= 1000 && !/\p{Cc}/u.test(value.replace(/[\t\n\r]/g, ''))),
  { nil: null }
)

/** Characters with more than one canonically equivalent spelling, and a few without. */
const COMPOSABLE = ['e\u0301', 'é', 'A\u030a', 'Å', '\u212b', 'n\u0303', '한', '\u1112\u1161\u11ab', 'u\u0308\u0304', 'ǖ', 'a', '名', ' ', '-']
const composableNames = fc.array(fc.constantFrom(...COMPOSABLE), { minLength: 1, maxLength: 30 })
  .map(parts => parts.join(''))
  .filter(isValidName)

interface PersonReply {
  status: string
  result: { name: string, email: string, comment: string | null }
}

describe('names and comments through the API', () => {
  let store: Store
  let app: FastifyInstance

  before(async () => {
    store = await openStore('sqlite::memory:')
    app = await buildApp({ store, adminKey: ADMIN_KEY })
  })

  after(async () => {
    await app.close()
    await store.close()
  })

  const url = (name: string): string => `/v1/people/${encodeURIComponent(name)}`

  async function put (name: string, comment: string | null): Promise<{ statusCode: number, body: PersonReply }> {
    const response = await app.inject({
      method: 'PUT',
      url: url(name),
      headers: { ...AUTH, 'content-type': 'application/json' },
      payload: JSON.stringify(aDraft({ email: EMAIL, comment }))
    })
    return { statusCode: response.statusCode, body: response.json() }
  }

  async function get (name: string): Promise<{ statusCode: number, body: PersonReply }> {
    const response = await app.inject({ url: url(name), headers: AUTH })
    return { statusCode: response.statusCode, body: response.json() }
  }

  test('PUT then GET of any valid name gives back its NFC form and the same comment', async () => {
    await fc.assert(fc.asyncProperty(names, comments, async (name, comment) => {
      const nfc = name.normalize('NFC')
      const expected = { status: 'ok', result: aPersonView({ name: nfc, email: EMAIL, comment }) }
      const written = await put(name, comment)
      assert.ok(written.statusCode === 200 || written.statusCode === 201, JSON.stringify(written.body))
      assert.deepEqual(written.body, expected)
      for (const spelling of [name, nfc, nfc.normalize('NFD')]) {
        const read = await get(spelling)
        assert.equal(read.statusCode, 200, JSON.stringify(read.body))
        assert.deepEqual(read.body, expected)
      }
    }), { numRuns: 100 })
  })

  test('names that differ only in normalization address the same person', async () => {
    await fc.assert(fc.asyncProperty(composableNames, comments, comments, async (name, first, second) => {
      const nfc = name.normalize('NFC')
      const nfd = name.normalize('NFD')
      await app.inject({ method: 'DELETE', url: url(nfc), headers: AUTH })

      const created = await put(nfd, first)
      assert.equal(created.statusCode, 201)
      assert.equal(created.body.result.name, nfc)
      const replaced = await put(nfc, second)
      assert.equal(replaced.statusCode, 200, 'the NFC spelling made a second person')

      for (const spelling of [name, nfc, nfd]) {
        assert.deepEqual((await get(spelling)).body, { status: 'ok', result: aPersonView({ name: nfc, email: EMAIL, comment: second }) })
      }
    }), { numRuns: 50 })
  })
})
