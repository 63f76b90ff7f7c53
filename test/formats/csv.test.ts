// Checks that people are written as RFC 4180 CSV with a header row, safe quoting, and formulas made inert.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { csv, toCsv } from '../../src/formats/csv.ts'
import { readCsv } from './read-csv.ts'

const HEADER = 'name,email,comment\r\n'
const fred = { name: 'fred', email: 'fred@example.com', comment: 'Likes tea' }
const zoe = { name: 'Zoë', email: 'zoe@example.com', comment: null }

describe('toCsv', () => {
  test('starts with the header row name,email,comment and ends every record with CRLF', () => {
    assert.equal(toCsv({ status: 'ok', result: [fred] }), `${HEADER}fred,fred@example.com,Likes tea\r\n`)
  })

  test('writes a v1 list page, one row per person, in order', () => {
    assert.equal(toCsv({ status: 'ok', result: [fred, zoe], next: '/v1/people?cursor=x' }),
      `${HEADER}fred,fred@example.com,Likes tea\r\nZoë,zoe@example.com,\r\n`)
  })

  test('writes one person in a v1 envelope as one row', () => {
    assert.equal(toCsv({ status: 'ok', result: fred }), `${HEADER}fred,fred@example.com,Likes tea\r\n`)
  })

  test('writes a v2 page of items, and a bare person', () => {
    assert.equal(toCsv({ items: [zoe, fred], next: null }), `${HEADER}Zoë,zoe@example.com,\r\nfred,fred@example.com,Likes tea\r\n`)
    assert.equal(toCsv(fred), `${HEADER}fred,fred@example.com,Likes tea\r\n`)
  })

  test('writes only the header for an empty page', () => {
    assert.equal(toCsv({ status: 'ok', result: [], next: null }), HEADER)
  })

  test('writes a null comment as an empty cell, not "null"', () => {
    assert.deepEqual(readCsv(toCsv({ status: 'ok', result: zoe })), [['name', 'email', 'comment'], ['Zoë', 'zoe@example.com', '']])
  })

  test('writes only the three columns, in order, whatever else the person holds', () => {
    const person = { comment: 'c', createdAt: '2024-01-01T00:00:00Z', email: 'e@x.io', name: 'n' }
    assert.equal(toCsv(person), `${HEADER}n,e@x.io,c\r\n`)
  })

  test('quotes cells holding commas and quotes, doubling the quotes', () => {
    const text = toCsv({ name: 'Smith, Fred', email: 'f@x.io', comment: 'said "hi"' })
    assert.equal(text, `${HEADER}"Smith, Fred",f@x.io,"said ""hi"""\r\n`)
  })

  test('quotes a cell holding CRLF, so the record stays one record', () => {
    const text = toCsv({ name: 'fred', email: 'f@x.io', comment: 'one\r\ntwo' })
    assert.equal(text, `${HEADER}fred,f@x.io,"one\r\ntwo"\r\n`)
  })

  // With an explicit record_delimiter, csv-stringify stops quoting bare \n and \r
  // (quote_record_delimiter defaults to false then); `quote_record_delimiter: true`
  // in src/formats/csv.ts fixes it. The contract allows newlines in comments.
  test('quotes a cell holding a bare line feed or carriage return', () => {
    for (const comment of ['two\nlines', 'old\rmac']) {
      assert.deepEqual(readCsv(toCsv({ name: 'fred', email: 'f@x.io', comment })), [['name', 'email', 'comment'], ['fred', 'f@x.io', comment]])
    }
  })

  test('makes formulas inert by prefixing a quote to cells starting with = + - @', () => {
    const rows = readCsv(toCsv({
      status: 'ok',
      result: [
        { name: '=HYPERLINK("http://evil")', email: '+1@x.io', comment: '-2+3' },
        { name: '@SUM(A1)', email: 'ok@x.io', comment: '=1' }
      ]
    }))
    assert.deepEqual(rows.slice(1), [
      ['\'=HYPERLINK("http://evil")', '\'+1@x.io', '\'-2+3'],
      ['\'@SUM(A1)', 'ok@x.io', '\'=1']
    ])
  })

  test('makes a leading tab inert too, and leaves those characters alone elsewhere', () => {
    const rows = readCsv(toCsv({ name: 'a=b', email: 'a-b@x.io', comment: '\tindented' }))
    assert.deepEqual(rows[1], ['a=b', 'a-b@x.io', '\'\tindented'])
  })

  test('writes characters as themselves', () => {
    const text = toCsv({ name: '名前', email: '用户@例子.广告', comment: '🍵' })
    assert.equal(text, `${HEADER}名前,用户@例子.广告,🍵\r\n`)
  })
})

describe('the csv format', () => {
  test('is written as text/csv with a UTF-8 charset and a header, and is never read', () => {
    assert.deepEqual(csv.produces, ['text/csv'])
    assert.deepEqual(csv.consumes, [])
    assert.equal(csv.parse, undefined)
    assert.match(csv.contentType, /^text\/csv;.*charset=utf-8/)
    assert.match(csv.contentType, /header=present/)
  })

  test('carries only people, so envelopes and errors are never written as CSV', () => {
    assert.equal(csv.carries, 'people')
  })
})

describe('readCsv (the test reader)', () => {
  test('refuses text that is not RFC 4180', () => {
    for (const text of ['a,b', 'a"b\r\n', '"a\r\n', 'a\nb\r\n', '"a"b\r\n']) {
      assert.throws(() => readCsv(text), Error, JSON.stringify(text))
    }
  })
})
