// Request ids: a well-formed one from the client is kept; otherwise each request gets one no other request has.
import assert from 'node:assert/strict'
import type { IncomingMessage } from 'node:http'
import { test } from 'node:test'
import { generateRequestId } from '../../src/plugins/request-id.ts'

const arriving = (id?: string): IncomingMessage => ({ headers: id === undefined ? {} : { 'x-request-id': id } }) as unknown as IncomingMessage

test('a well-formed id the client sent is kept', () => {
  assert.equal(generateRequestId(arriving('trace-42.a:b')), 'trace-42.a:b')
})

test('an id that could forge log lines is replaced, not echoed', () => {
  for (const hostile of ['a b', 'a"b', 'line\nbreak', 'x'.repeat(129), '']) {
    const id = generateRequestId(arriving(hostile))
    assert.notEqual(id, hostile)
    assert.match(id, /^[\w.:-]{1,128}$/)
  }
})

test('fresh ids are well formed, all different, and share this process\'s prefix', () => {
  const ids = Array.from({ length: 10_000 }, () => generateRequestId(arriving()))
  assert.equal(new Set(ids).size, ids.length)
  for (const id of ids) assert.match(id, /^[\w-]{8}-[0-9a-z]+$/)
  assert.equal(new Set(ids.map(id => id.slice(0, 8))).size, 1)
})
