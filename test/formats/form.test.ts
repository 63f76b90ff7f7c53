// Checks that HTML form bodies are read field by field, with `+` as space and strict percent-encoded UTF-8.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { form, parseForm } from '../../src/formats/form.ts'
import { assertMalformed } from './assert-malformed.ts'

const read = (text: string): unknown => parseForm(Buffer.from(text, 'utf8'))

describe('parseForm', () => {
  test('reads each field', () => {
    assert.deepEqual(read('email=fred%40example.com&comment=hello'), { email: 'fred@example.com', comment: 'hello' })
  })

  test('reads + as a space, and %2B as a plus', () => {
    assert.deepEqual(read('comment=tea+and+cake&email=a%2Bb%40c.d'), { comment: 'tea and cake', email: 'a+b@c.d' })
  })

  test('reads percent-encoded UTF-8 of every plane', () => {
    const comment = '名前 🍵 Zoë'
    assert.deepEqual(read(`comment=${encodeURIComponent(comment)}`), { comment })
  })

  test('reads what URLSearchParams writes', () => {
    const fields = { email: '用户@例子.广告', comment: 'two\nlines & a = sign' }
    assert.deepEqual(read(new URLSearchParams(fields).toString()), fields)
  })

  test('reads an empty value as an empty string', () => {
    assert.deepEqual(read('email=a%40b.c&comment='), { email: 'a@b.c', comment: '' })
  })

  test('gives a field sent twice as an array, for the schema to refuse', () => {
    assert.deepEqual(read('email=a%40b.c&email=x%40y.z'), { email: ['a@b.c', 'x@y.z'] })
  })

  test('refuses percent-encoded bytes that are not UTF-8, in values and in names', () => {
    for (const text of ['comment=%FF', 'comment=%C0%AF', 'comment=%ED%A0%80', 'comment=%E5%90', '%FF=1']) {
      assertMalformed(() => read(text), /percent-encoded UTF-8/)
    }
  })

  test('refuses a broken percent-encoding rather than keeping it literally', () => {
    for (const text of ['comment=%', 'comment=%G1', 'comment=50%']) {
      assertMalformed(() => read(text), /percent-encoded UTF-8/)
    }
  })

  test('refuses raw bytes that are not UTF-8', () => {
    assertMalformed(() => parseForm(Buffer.from([0x63, 0x3d, 0xff])), /not valid UTF-8/)
  })

  test('keeps __proto__ as an ordinary field, leaving the prototype alone', () => {
    const value = read('__proto__=x&email=a%40b.c') as Record<string, unknown>
    assert.equal(Object.getPrototypeOf(value), Object.prototype)
    assert.ok(Object.hasOwn(value, '__proto__'))
  })
})

describe('the form format', () => {
  test('reads application/x-www-form-urlencoded and writes nothing', () => {
    assert.deepEqual(form.consumes, ['application/x-www-form-urlencoded'])
    assert.deepEqual(form.produces, [])
    assert.equal(form.serialize, undefined)
  })
})
