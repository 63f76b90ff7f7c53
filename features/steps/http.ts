// Generic steps: choosing headers, sending requests, and reading statuses, headers and JSON.
import { Given, Then, When } from '@cucumber/cucumber'
import assert from 'node:assert/strict'
import { setTimeout as sleep } from 'node:timers/promises'
import { encode } from '@msgpack/msgpack'
import { decodeBody } from '../support/decode.ts'
import { valueAtPath } from '../support/json-path.ts'
import type { ApiWorld } from '../support/world.ts'

Given('I am using version {string}', function (this: ApiWorld, version: string) {
  this.version = version
})

Given('I use an Accept header of {string}', function (this: ApiWorld, value: string) {
  this.headers.accept = value
})

Given('I use a Content-Type header of {string}', function (this: ApiWorld, value: string) {
  this.headers['content-type'] = value
})

Given('I use a(n) {string} header of {string}', function (this: ApiWorld, name: string, value: string) {
  this.headers[name.toLowerCase()] = value
})

When('I send a {word} request to {string}', async function (this: ApiWorld, method: string, path: string) {
  await this.request(method, path)
})

When('I send a {word} request to {string} with the body:', async function (this: ApiWorld, method: string, path: string, body: string) {
  await this.request(method, path, body)
})

// Many clients send Content-Type and Content-Length: 0 on every request of a session.
When('I send a {word} request to {string} with no content', async function (this: ApiWorld, method: string, path: string) {
  await this.request(method, path, '')
})

When('I send a {word} request to {string} with a body of {int} bytes', async function (this: ApiWorld, method: string, path: string, size: number) {
  const padding = 'x'.repeat(Math.max(0, size - '{"email":"a@b.c","comment":""}'.length))
  await this.request(method, path, `{"email":"a@b.c","comment":"${padding}"}`)
})

When('I follow the next link', async function (this: ApiWorld) {
  const next = valueAtPath(this.json(), 'next')
  assert.equal(typeof next, 'string', 'the page has no next link')
  await this.request('GET', next as string)
})

Then('the response status should be {string}', function (this: ApiWorld, status: string) {
  assert.equal(this.response.status, Number(status), `body: ${this.response.text}`)
})

Then('the response header {string} should be {string}', function (this: ApiWorld, name: string, value: string) {
  assert.equal(this.response.headers[name.toLowerCase()], value)
})

Then('the response header {string} should exist', function (this: ApiWorld, name: string) {
  assert.ok(this.response.headers[name.toLowerCase()], `no ${name} header`)
})

Then('the response header {string} should not exist', function (this: ApiWorld, name: string) {
  assert.equal(this.response.headers[name.toLowerCase()], undefined)
})

Then('the response body should be empty', function (this: ApiWorld) {
  assert.equal(this.response.text, '')
})

Then('the response body should not contain {string}', function (this: ApiWorld, text: string) {
  assert.ok(!this.response.text.includes(text), `the body contains ${text}: ${this.response.text}`)
})

Then('the JSON at path {string} should be {int}', function (this: ApiWorld, path: string, expected: number) {
  assert.equal(valueAtPath(this.json(), path), expected)
})

Then('the JSON at path {string} should not exist', function (this: ApiWorld, path: string) {
  assert.equal(valueAtPath(this.json(), path), undefined)
})

Then('the JSON at path {string} should have {int} entries', function (this: ApiWorld, path: string, count: number) {
  const value = valueAtPath(this.json(), path)
  assert.ok(Array.isArray(value), `${path} is not a list`)
  assert.equal(value.length, count)
})

Then('the JSON should be:', function (this: ApiWorld, expected: string) {
  assert.deepEqual(this.json(), JSON.parse(expected))
})

Then('the JSON at path {string} should start with {string}', function (this: ApiWorld, path: string, prefix: string) {
  const value = valueAtPath(this.json(), path)
  assert.ok(typeof value === 'string' && value.startsWith(prefix), `${String(value)} does not start with ${prefix}`)
})

Then('the JSON at path {string} should not be {string}', function (this: ApiWorld, path: string, value: string) {
  assert.notEqual(valueAtPath(this.json(), path), value)
})

Then('the response header {string} should not be {string}', function (this: ApiWorld, name: string, value: string) {
  assert.notEqual(this.response.headers[name.toLowerCase()], value)
})

// "the JSON at path…", "the YAML at path…", "the MessagePack at path…": one step for every format.
Then('the {word} at path {string} should be {string}', function (this: ApiWorld, format: string, path: string, expected: string) {
  assert.equal(valueAtPath(decodeBody(format, this.response), path), expected)
})

Then('the {word} at path {string} should be null', function (this: ApiWorld, format: string, path: string) {
  assert.equal(valueAtPath(decodeBody(format, this.response), path), null)
})

Then('the response body should be:', function (this: ApiWorld, expected: string) {
  // Gherkin doc strings end lines with LF; HTTP text formats such as CSV use CRLF.
  assert.equal(this.response.text.replaceAll('\r\n', '\n'), expected.endsWith('\n') ? expected : `${expected}\n`)
})

Then('the response lines should end in CRLF', function (this: ApiWorld) {
  assert.match(this.response.text, /\r\n$/)
  assert.doesNotMatch(this.response.text, /[^\r]\n/)
})

Then('the response body should contain {string}', function (this: ApiWorld, text: string) {
  assert.ok(this.response.text.includes(text), `the body lacks ${text}: ${this.response.text}`)
})

When('I send a {word} request to {string} with the MessagePack body:', async function (this: ApiWorld, method: string, path: string, json: string) {
  this.headers['content-type'] ??= 'application/msgpack'
  await this.request(method, path, Buffer.from(encode(JSON.parse(json))))
})

When('I send a {word} request to {string} with the bytes {string}', async function (this: ApiWorld, method: string, path: string, hex: string) {
  await this.request(method, path, Buffer.from(hex.replaceAll(' ', ''), 'hex'))
})

Then('the response header {string} should start with {string}', function (this: ApiWorld, name: string, prefix: string) {
  const value = this.response.headers[name.toLowerCase()] ?? ''
  assert.ok(value.startsWith(prefix), `${name}: ${value} does not start with ${prefix}`)
})

Then('the response header {string} should end with {string}', function (this: ApiWorld, name: string, suffix: string) {
  const value = this.response.headers[name.toLowerCase()] ?? ''
  assert.ok(value.endsWith(suffix), `${name}: ${value} does not end with ${suffix}`)
})

Then('the JSON at path {string} should match {string}', function (this: ApiWorld, path: string, pattern: string) {
  assert.match(String(valueAtPath(this.json(), path)), new RegExp(pattern))
})

When('I remember the JSON at path {string}', function (this: ApiWorld, path: string) {
  this.rememberedValue = valueAtPath(this.json(), path)
})

Then('the JSON at path {string} should be the remembered value', function (this: ApiWorld, path: string) {
  assert.equal(valueAtPath(this.json(), path), this.rememberedValue)
})

Then('the JSON at path {string} should be later than the remembered value', function (this: ApiWorld, path: string) {
  const later = String(valueAtPath(this.json(), path))
  assert.ok(Date.parse(later) > Date.parse(String(this.rememberedValue)), `${later} is not later than ${String(this.rememberedValue)}`)
})

When('I remember the response header {string}', function (this: ApiWorld, name: string) {
  this.rememberedValue = this.response.headers[name.toLowerCase()]
})

Then('the response header {string} should be the remembered value', function (this: ApiWorld, name: string) {
  assert.ok(this.rememberedValue !== undefined, 'no header was remembered')
  assert.equal(this.response.headers[name.toLowerCase()], this.rememberedValue)
})

// Headers such as Sunset and Deprecation tell time to the second.
When('a second has passed', async function () {
  await sleep(1000)
})

When('I change one character of the cursor in the next link and follow it', async function (this: ApiWorld) {
  const next = String(valueAtPath(this.json(), 'next'))
  const url = new URL(next, 'http://localhost')
  const cursor = url.searchParams.get('cursor') ?? ''
  url.searchParams.set('cursor', (cursor.startsWith('A') ? 'B' : 'A') + cursor.slice(1))
  await this.request('GET', url.pathname + url.search)
})

When('I follow the next link under {string} instead', async function (this: ApiWorld, version: string) {
  const next = String(valueAtPath(this.json(), 'next'))
  await this.request('GET', next.replace(/^\/v\d+\//, `/${version}/`))
})

Then('the JSON at path {string} should be true', function (this: ApiWorld, path: string) {
  assert.equal(valueAtPath(this.json(), path), true)
})

Then('the JSON at path {string} should be false', function (this: ApiWorld, path: string) {
  assert.equal(valueAtPath(this.json(), path), false)
})

Then('the response header {string} should match {string}', function (this: ApiWorld, name: string, pattern: string) {
  assert.match(this.response.headers[name.toLowerCase()] ?? '', new RegExp(pattern))
})

// By this process's clock, as the step that waits for a key's expiry: a server and its suite share a machine, or keep time alike.
Then('the response header {string} should be a date in the past', function (this: ApiWorld, name: string) {
  const value = this.response.headers[name.toLowerCase()] ?? ''
  const at = Date.parse(value)
  assert.ok(!Number.isNaN(at) && at <= Date.now(), `${name}: ${value} is not a date in the past`)
})

Then('the response header {string} should be a date in the future', function (this: ApiWorld, name: string) {
  const value = this.response.headers[name.toLowerCase()] ?? ''
  const at = Date.parse(value)
  assert.ok(!Number.isNaN(at) && at > Date.now(), `${name}: ${value} is not a date in the future`)
})

Then('the response header {string} should contain {string}', function (this: ApiWorld, name: string, text: string) {
  const value = this.response.headers[name.toLowerCase()] ?? ''
  assert.ok(value.includes(text), `${name}: ${value} lacks ${text}`)
})

Given('the API allows {int} requests a minute per key', async function (this: ApiWorld, perMinute: number) {
  await this.restartApp({ rateLimit: perMinute })
})
