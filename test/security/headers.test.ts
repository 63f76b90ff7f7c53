// The headers a JSON API should send on every answer, CORS off unless configured, and the limits on bodies, headers and slow clients.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { FastifyInstance, HTTPMethods, LightMyRequestResponse } from 'fastify'
import { buildApp } from '../../src/app.ts'
import type { AppOptions } from '../../src/app.ts'
import { openSqliteStore } from '../../src/storage/sqlite/index.ts'
import type { Store } from '../../src/storage/store.ts'
import { httpRequest, listenOnLoopback, rawExchange } from './real-socket.ts'

const ADMIN_KEY = 'headers-admin-key-0123456789abcdefghijklm'
const auth = { authorization: `Bearer ${ADMIN_KEY}` }
const asJson = { ...auth, accept: 'application/json' }
const KIB = 1024

async function appWith (options: Partial<AppOptions> = {}, store: Store = openSqliteStore(':memory:')): Promise<FastifyInstance> {
  const app = await buildApp({ store, adminKey: ADMIN_KEY, rateLimit: 100_000_000, authFailureLimit: 100_000_000, ...options })
  await app.inject({ method: 'PUT', url: '/v1/people/fred', headers: { ...asJson, 'content-type': 'application/json' }, payload: { email: 'fred@example.com' } })
  return app
}

interface Kind {
  label: string
  method?: HTTPMethods
  url: string
  headers?: Record<string, string>
  payload?: string
  status: number
}

// One request for every kind of answer the API gives.
const KINDS: Kind[] = [
  { label: 'JSON', url: '/v1/people/fred', headers: asJson, status: 200 },
  { label: 'YAML', url: '/v1/people/fred', headers: { ...auth, accept: 'application/yaml' }, status: 200 },
  { label: 'CSV', url: '/v1/people', headers: { ...auth, accept: 'text/csv' }, status: 200 },
  { label: 'MessagePack', url: '/v2/people/fred', headers: { ...auth, accept: 'application/msgpack' }, status: 200 },
  { label: 'v2 list', url: '/v2/people', headers: asJson, status: 200 },
  { label: 'HEAD', method: 'HEAD', url: '/v2/people/fred', headers: asJson, status: 200 },
  { label: '201 created', method: 'PUT', url: '/v2/people/wilma', headers: { ...asJson, 'content-type': 'application/json' }, payload: '{"email":"wilma@example.com"}', status: 201 },
  { label: '204 OPTIONS', method: 'OPTIONS', url: '/v1/people', status: 204 },
  { label: '304', url: '/v1/people/fred', headers: { ...asJson, 'if-none-match': '*' }, status: 304 },
  { label: '303 browser redirect', url: '/v1/people/fred', headers: { ...auth, accept: 'text/html,*/*;q=0.8' }, status: 303 },
  { label: '400 validation', method: 'PUT', url: '/v1/people/fred', headers: { ...asJson, 'content-type': 'application/json' }, payload: '{"email":1}', status: 400 },
  { label: '400 problem', method: 'PUT', url: '/v2/people/fred', headers: { ...asJson, 'content-type': 'application/json' }, payload: '{', status: 400 },
  { label: '401', url: '/v1/people/fred', headers: { accept: 'application/json' }, status: 401 },
  { label: '404 person', url: '/v2/people/nobody', headers: asJson, status: 404 },
  { label: '404 route', url: '/nothing/here', status: 404 },
  { label: '405', method: 'POST', url: '/v1/people', headers: asJson, status: 405 },
  { label: '406', url: '/v1/people/fred', headers: { ...auth, accept: 'image/png' }, status: 406 },
  { label: '413', method: 'PUT', url: '/v1/people/fred', headers: { ...asJson, 'content-type': 'application/json' }, payload: ' '.repeat(65 * KIB), status: 413 },
  { label: '415', method: 'PUT', url: '/v1/people/fred', headers: { ...asJson, 'content-type': 'text/plain' }, payload: 'x', status: 415 },
  { label: 'YAML error', url: '/v1/people/nobody', headers: { ...auth, accept: 'application/yaml' }, status: 404 },
  { label: '/health', url: '/health', status: 200 },
  { label: 'OpenAPI', url: '/v1/openapi.json', status: 200 },
  { label: 'OpenAPI YAML', url: '/v2/openapi.yaml', status: 200 }
]

/** What every answer carries, API or docs, success or error (OWASP Secure Headers; docs/contract.md §3). */
function assertBaseline (response: LightMyRequestResponse, label: string): void {
  assert.equal(response.headers['x-content-type-options'], 'nosniff', `${label}: X-Content-Type-Options`)
  assert.equal(response.headers['x-powered-by'], undefined, `${label}: X-Powered-By names the software`)
  assert.equal(response.headers.server, undefined, `${label}: Server names the software`)
  assert.ok(response.headers['x-request-id'] !== undefined, `${label}: X-Request-Id`)
}

/** An API answer is data: nothing in it may load, run or be framed. */
function assertLockedDown (response: LightMyRequestResponse, label: string): void {
  const policy = String(response.headers['content-security-policy'])
  assert.match(policy, /(^|;)\s*default-src 'none'/, `${label}: CSP ${policy}`)
  assert.match(policy, /(^|;)\s*frame-ancestors 'none'/, `${label}: CSP ${policy}`)
  assert.equal(response.headers['x-frame-options'], 'DENY', `${label}: X-Frame-Options`)
}

describe('security headers', () => {
  test('every kind of API answer says nosniff, names no software and can be neither run nor framed', async (t) => {
    const app = await appWith()
    t.after(() => app.close())
    for (const kind of KINDS) {
      const response = await app.inject({ method: kind.method ?? 'GET', url: kind.url, headers: kind.headers ?? {}, ...(kind.payload === undefined ? {} : { payload: kind.payload }) })
      assert.equal(response.statusCode, kind.status, `${kind.label}: ${response.body.slice(0, 200)}`)
      assertBaseline(response, kind.label)
      assertLockedDown(response, kind.label)
    }
  })

  test('a 429, a 500 and a 503 carry the same headers', async (t) => {
    const store = openSqliteStore(':memory:')
    store.people.find = async () => { throw new Error('SQLITE_CORRUPT') }
    const app = await appWith({ rateLimit: 3 }, store)
    t.after(() => app.close())
    const failed = await app.inject({ url: '/v1/people/fred', headers: asJson })
    await app.inject({ method: 'PUT', url: '/admin/switches/people.write', headers: { ...asJson, 'content-type': 'application/json' }, payload: '{"enabled":false}' })
    const switchedOff = await app.inject({ method: 'PUT', url: '/v1/people/fred', headers: { ...asJson, 'content-type': 'application/json' }, payload: '{"email":"fred@example.com"}' })
    const limited = await app.inject({ url: '/v1/capabilities', headers: asJson })
    for (const [response, status] of [[failed, 500], [switchedOff, 503], [limited, 429]] as const) {
      assert.equal(response.statusCode, status)
      assertBaseline(response, String(status))
      assertLockedDown(response, String(status))
    }
  })

  test('API answers carry the headers that protect data, and none of those that only steer HTML pages', async (t) => {
    const app = await appWith()
    t.after(() => app.close())
    const answer = await app.inject({ url: '/v1/people/fred', headers: asJson })
    assert.equal(answer.statusCode, 200)
    assert.match(String(answer.headers['strict-transport-security']), /^max-age=\d+/)
    assert.equal(answer.headers['cross-origin-resource-policy'], 'same-origin')
    const htmlOnly = ['x-xss-protection', 'x-dns-prefetch-control', 'x-download-options', 'x-permitted-cross-domain-policies', 'referrer-policy', 'cross-origin-opener-policy', 'origin-agent-cluster']
    for (const name of htmlOnly) assert.equal(answer.headers[name], undefined, `${name} on an API answer`)
    // The docs page is HTML, so it gets them all.
    const docs = await app.inject({ url: '/docs' })
    for (const name of htmlOnly) assert.notEqual(docs.headers[name], undefined, `${name} missing on the docs page`)
  })

  test('the docs page may run its own scripts, but can still not be framed', async (t) => {
    const app = await appWith()
    t.after(() => app.close())
    const docs = await app.inject({ url: '/docs' })
    assert.equal(docs.statusCode, 200)
    assertBaseline(docs, '/docs')
    const policy = String(docs.headers['content-security-policy'])
    assert.match(policy, /(^|;)\s*frame-ancestors 'none'/)
    assert.match(policy, /(^|;)\s*default-src /)
    assert.doesNotMatch(policy, /unsafe-eval|\*/, 'the docs page may not run code from strings or from anywhere')
    // frame-ancestors 'none' is what browsers obey today; X-Frame-Options is for older ones.
    assert.equal(docs.headers['x-frame-options'], 'DENY')
  })

  test('an answer to a URL that is not UTF-8, or too long, carries the same headers', async (t) => {
    const app = await appWith()
    t.after(() => app.close())
    for (const url of ['/v1/people/%C3%28', `/v1/people/${'a'.repeat(2001)}`]) {
      const response = await app.inject({ url, headers: asJson })
      assert.ok(response.statusCode >= 400 && response.statusCode < 500)
      assertBaseline(response, url.slice(0, 30))
      assertLockedDown(response, url.slice(0, 30))
    }
  })
})

describe('CORS', () => {
  const ORIGINS = ['https://evil.example', 'null', 'http://localhost:5000', 'https://app.example']

  test('is off by default: no origin may read an answer, and a preflight grants nothing', async (t) => {
    const app = await appWith()
    t.after(() => app.close())
    for (const origin of ORIGINS) {
      const read = await app.inject({ url: '/v1/people/fred', headers: { ...asJson, origin } })
      assert.equal(read.statusCode, 200)
      assert.equal(read.headers['access-control-allow-origin'], undefined, origin)
      assert.equal(read.headers['access-control-allow-credentials'], undefined, origin)
      const preflight = await app.inject({ method: 'OPTIONS', url: '/v1/people/fred', headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization' } })
      assert.equal(preflight.headers['access-control-allow-origin'], undefined, origin)
      assert.equal(preflight.headers['access-control-allow-methods'], undefined, origin)
    }
  })

  test('when configured, only the named origins may read, and their preflight works without a key', async (t) => {
    const app = await appWith({ corsOrigins: ['https://app.example'] })
    t.after(() => app.close())
    const allowed = await app.inject({ url: '/v1/people/fred', headers: { ...asJson, origin: 'https://app.example' } })
    assert.equal(allowed.headers['access-control-allow-origin'], 'https://app.example')
    assert.match(String(allowed.headers.vary), /Origin/)
    assert.match(String(allowed.headers['access-control-expose-headers']), /ETag/)
    // The client can read why it was refused, too.
    const refused = await app.inject({ url: '/v1/people/fred', headers: { accept: 'application/json', origin: 'https://app.example' } })
    assert.equal(refused.statusCode, 401)
    assert.equal(refused.headers['access-control-allow-origin'], 'https://app.example')
    for (const origin of ['https://evil.example', 'null', 'https://app.example.evil.example', 'http://app.example', 'https://APP.example.com']) {
      const other = await app.inject({ url: '/v1/people/fred', headers: { ...asJson, origin } })
      assert.equal(other.headers['access-control-allow-origin'], undefined, origin)
    }
    const preflight = await app.inject({ method: 'OPTIONS', url: '/v2/people/fred', headers: { origin: 'https://app.example', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization, content-type, if-match' } })
    assert.equal(preflight.statusCode, 204)
    assert.equal(preflight.headers['access-control-allow-origin'], 'https://app.example')
    assert.match(String(preflight.headers['access-control-allow-methods']), /\bPUT\b/)
    assert.match(String(preflight.headers['access-control-allow-headers']), /Authorization/i)
    assert.ok(Number(preflight.headers['access-control-max-age']) > 0)
    const otherPreflight = await app.inject({ method: 'OPTIONS', url: '/v2/people/fred', headers: { origin: 'https://evil.example', 'access-control-request-method': 'DELETE' } })
    assert.equal(otherPreflight.headers['access-control-allow-origin'], undefined)
  })

  test('when configured, a plain OPTIONS without Origin still says what the path allows', async (t) => {
    const app = await appWith({ corsOrigins: ['https://app.example'] })
    t.after(() => app.close())
    for (const url of ['/v1/people/fred', '/v2/people', '/health', '/admin/keys']) {
      const options = await app.inject({ method: 'OPTIONS', url })
      assert.equal(options.statusCode, 204, `${url}: ${options.body}`)
      assert.match(String(options.headers.allow), /\bGET\b.*\bOPTIONS\b/, url)
    }
    const preflight = await app.inject({ method: 'OPTIONS', url: '/v1/people/fred', headers: { origin: 'https://app.example', 'access-control-request-method': 'DELETE' } })
    assert.equal(preflight.statusCode, 204)
    assert.equal(preflight.headers.allow, 'GET, PUT, PATCH, DELETE, HEAD, OPTIONS')
    assert.equal(preflight.headers['access-control-allow-origin'], 'https://app.example')
  })
})

describe('limits', () => {
  test('a body of 64 KiB is read, and one byte more is 413', async (t) => {
    const app = await appWith()
    t.after(() => app.close())
    const body = (size: number): string => '{"email":"fred@example.com"}'.padEnd(size, ' ')
    for (const url of ['/v1/people/fred', '/v2/people/fred']) {
      const atLimit = await app.inject({ method: 'PUT', url, headers: { ...asJson, 'content-type': 'application/json' }, payload: body(64 * KIB) })
      assert.equal(atLimit.statusCode, 200, atLimit.body)
      const over = await app.inject({ method: 'PUT', url, headers: { ...asJson, 'content-type': 'application/json' }, payload: body(64 * KIB + 1) })
      assert.equal(over.statusCode, 413)
    }
    const keyOver = await app.inject({ method: 'POST', url: '/admin/keys', headers: { ...asJson, 'content-type': 'application/json' }, payload: '{"name":"x","capabilities":["admin"]}'.padEnd(64 * KIB + 1, ' ') })
    assert.equal(keyOver.statusCode, 413)
  })

  test('over a real socket: a chunked body over the limit is 413, headers under 16 KiB are read and over it 431', async (t) => {
    const app = await appWith()
    t.after(() => app.close())
    const port = await listenOnLoopback(app)
    // Without Content-Length the limit is counted as the chunks arrive.
    const chunked = Buffer.from('{"email":"fred@example.com"}'.padEnd(64 * KIB + 1, ' '))
    const exchange = await rawExchange(port, Buffer.concat([
      Buffer.from(`PUT /v1/people/fred HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${ADMIN_KEY}\r\nAccept: application/json\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n`),
      Buffer.from(`${chunked.length.toString(16)}\r\n`), chunked, Buffer.from('\r\n0\r\n\r\n')
    ]))
    assert.equal(exchange.status, 413, exchange.received.slice(0, 200))

    const under = await httpRequest(port, { path: '/v1/people/fred', headers: { ...asJson, 'x-padding': 'a'.repeat(15 * KIB) } })
    assert.equal(under.status, 200)
    assert.equal(under.headers.server, undefined)
    const over = await httpRequest(port, { path: '/v1/people/fred', headers: { ...asJson, 'x-padding': 'a'.repeat(16 * KIB + 1) } })
    assert.equal(over.status, 431)
  })

  test('a 431 or 408 from Node\'s parser carries nosniff and an X-Request-Id like every answer', async (t) => {
    const app = await appWith()
    t.after(() => app.close())
    const port = await listenOnLoopback(app)
    const over = await httpRequest(port, { path: '/v1/people/fred', headers: { ...asJson, 'x-padding': 'a'.repeat(17 * KIB) } })
    assert.equal(over.status, 431)
    assert.equal(over.headers['x-content-type-options'], 'nosniff')
    assert.ok(over.headers['x-request-id'] !== undefined)
    assert.deepEqual(Object.keys(JSON.parse(over.body.toString('utf8')) as object).sort(), ['message', 'status'])
  })

  test('an Expect other than 100-continue is a 417 in the version\'s format, with an id and nosniff; 100-continue is met', async (t) => {
    const app = await appWith()
    t.after(() => app.close())
    const port = await listenOnLoopback(app)
    for (const [path, contentType, body] of [
      ['/v2/people/fred', 'application/problem+json', { type: '/docs#problem-expectation-failed', title: 'The expectation cannot be met', status: 417, detail: 'The Expect header names an expectation other than 100-continue, the only one this API meets', instance: '/v2/people/fred' }],
      ['/v1/people/fred', 'application/json; charset=utf-8', { status: 'error', message: 'The Expect header names an expectation other than 100-continue, the only one this API meets' }]
    ] as const) {
      const refused = await httpRequest(port, { path, headers: { ...asJson, expect: 'bananas' } })
      assert.equal(refused.status, 417)
      assert.equal(refused.headers['content-type'], contentType)
      assert.equal(refused.headers['x-content-type-options'], 'nosniff')
      assert.ok(refused.headers['x-request-id'] !== undefined)
      assert.deepEqual(JSON.parse(refused.body.toString('utf8')), body)
    }
    const met = await httpRequest(port, { method: 'PUT', path: '/v1/people/wilma', headers: { ...asJson, expect: '100-continue', 'content-type': 'application/json' }, body: '{"email":"wilma@example.com"}' })
    assert.equal(met.status, 201)
  })

  test('a missing Host on HTTP/1.1, two Host lines or a Host that is not a host is a 400 in the version\'s format, with an id and nosniff', async (t) => {
    const app = await appWith()
    t.after(() => app.close())
    const port = await listenOnLoopback(app)
    const headers = `Authorization: Bearer ${ADMIN_KEY}\r\nAccept: application/json\r\nConnection: close\r\n`
    const answerTo = async (path: string, version: string, host = ''): Promise<{ status: number | undefined, head: string, body: unknown }> => {
      const exchange = await rawExchange(port, `GET ${path} HTTP/${version}\r\n${host}${headers}\r\n`)
      const [head = '', body = ''] = exchange.received.split('\r\n\r\n')
      return { status: exchange.status, head, body: JSON.parse(body) }
    }
    const message = 'An HTTP/1.1 request must name its host in a Host header'
    const problem = await answerTo('/v2/people/fred', '1.1')
    assert.equal(problem.status, 400)
    assert.match(problem.head, /\r\ncontent-type: application\/problem\+json\r\n/i)
    assert.match(problem.head, /\r\nx-request-id: [\w-]+\r\n/i)
    assert.match(problem.head, /\r\nx-content-type-options: nosniff\r\n/i)
    assert.deepEqual(problem.body, { type: '/docs#problem-malformed-request', title: 'The request is not well-formed HTTP', status: 400, detail: message, instance: '/v2/people/fred' })
    assert.deepEqual((await answerTo('/v1/people/fred', '1.1')).body, { status: 'error', message })
    assert.deepEqual((await answerTo('/v1/people/fred', '1.0', 'Host: a.example\r\nhost: b.example\r\n')).body, { status: 'error', message: 'A request may carry one Host header, not several' })
    for (const host of ['a b', 'a/b', 'user@api.example', 'api.example:https', '[::1']) {
      const refused = await answerTo('/v1/people/fred', '1.1', `Host: ${host}\r\n`)
      assert.deepEqual(refused.body, { status: 'error', message: 'The Host header must be a host with an optional port, such as api.example.com:443' }, host)
    }
    // HTTP/1.0 needs no Host; an empty one names no host, as the RFC allows.
    assert.equal((await answerTo('/v1/people/fred', '1.0')).status, 200)
    for (const host of ['', 'localhost', 'api.example.com:443', '127.0.0.1:5000', '[::1]:5000', 'xn--bcher-kva.example']) {
      assert.equal((await answerTo('/v1/people/fred', '1.1', `Host: ${host}\r\n`)).status, 200, host)
    }
  })

  test('CONNECT, which asks a proxy for a tunnel, is closed unanswered: the API makes no tunnels', async (t) => {
    const app = await appWith()
    t.after(() => app.close())
    const port = await listenOnLoopback(app)
    for (const target of ['/v1/people', 'example.com:443']) {
      const exchange = await rawExchange(port, `CONNECT ${target} HTTP/1.1\r\nHost: localhost\r\n\r\n`)
      assert.equal(exchange.closed, true, target)
      assert.equal(exchange.received, '', target)
    }
  })

  test('what Node\'s parser refuses on a /v2 URL is answered in problem details, elsewhere in the envelope', async (t) => {
    const app = await appWith({ requestTimeoutMs: 1000 })
    t.after(() => app.close())
    const port = await listenOnLoopback(app)
    const problemOf = (exchange: { received: string }): { status: number, type: string, instance: string } => {
      const [head = '', body = ''] = exchange.received.split('\r\n\r\n')
      assert.match(head, /\r\nContent-Type: application\/problem\+json\r\n/i, head)
      assert.match(head, /\r\nX-Request-Id: [\w-]+\r\n/i, head)
      return JSON.parse(body) as { status: number, type: string, instance: string }
    }
    const tooLarge = await rawExchange(port, `GET /v2/people/fred HTTP/1.1\r\nHost: localhost\r\nX-Padding: ${'a'.repeat(17 * KIB)}\r\n\r\n`)
    assert.equal(tooLarge.status, 431)
    assert.deepEqual(problemOf(tooLarge), { type: '/docs#problem-headers-too-large', title: 'The request headers are too large', status: 431, detail: 'The request headers are larger than the limit of 16 KiB', instance: '/v2/people/fred' })
    const urlTooLong = await rawExchange(port, `GET /v2/people/${'a'.repeat(17 * KIB)} HTTP/1.1\r\nHost: localhost\r\n\r\n`)
    assert.equal(urlTooLong.status, 431)
    assert.equal(problemOf(urlTooLong).type, '/docs#problem-headers-too-large')
    const badFraming = await rawExchange(port, 'GET /v2/people/fred HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n\r\n')
    assert.equal(badFraming.status, 400)
    assert.equal(problemOf(badFraming).type, '/docs#problem-malformed-request')
    const slowBody = await rawExchange(port, `PUT /v2/people/fred HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${ADMIN_KEY}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{`, { deadlineMs: 4000 })
    assert.equal(slowBody.status, 408)
    assert.equal(problemOf(slowBody).type, '/docs#problem-request-timeout')
    const v1 = await rawExchange(port, 'GET /v1/people/fred HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n\r\n')
    assert.equal(v1.status, 400)
    assert.deepEqual(JSON.parse(v1.received.split('\r\n\r\n')[1] ?? ''), { status: 'error', message: 'The request is not well-formed HTTP' })
  })

  test('slow clients are cut off while a normal client is served', async (t) => {
    const app = await appWith({ requestTimeoutMs: 1000 })
    t.after(() => app.close())
    const port = await listenOnLoopback(app)
    const started = performance.now()
    // Headers one byte every 100 ms, never finished; and a body that never finishes.
    const slowHeaders = Array.from({ length: 20 }, async () => await rawExchange(port, 'GET /health HTTP/1.1\r\nHost: localhost\r\n', { trickle: 'X-Slow: a\r\n', intervalMs: 100, deadlineMs: 6000 }))
    const slowBody = Array.from({ length: 5 }, async () => await rawExchange(port,
      `PUT /v1/people/fred HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${ADMIN_KEY}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`,
      { trickle: ' ', intervalMs: 100, deadlineMs: 6000 }))
    // Meanwhile a normal client gets its answers, quickly.
    for (let request = 0; request < 10; request++) {
      const before = performance.now()
      const answer = await httpRequest(port, { path: '/v1/people/fred', headers: asJson, timeoutMs: 2000 })
      assert.equal(answer.status, 200)
      assert.ok(performance.now() - before < 1000, 'a normal request waited behind the slow ones')
      await new Promise(resolve => setTimeout(resolve, 100))
    }
    for (const exchange of await Promise.all([...slowHeaders, ...slowBody])) {
      assert.ok(exchange.closed, `a slow client was still connected after ${Math.round(exchange.ms)} ms`)
      // requestTimeout 1000 ms, checked every second: cut off within about two seconds.
      assert.ok(exchange.ms < 4000, `a slow client was cut off only after ${Math.round(exchange.ms)} ms`)
      assert.ok(exchange.status === undefined || exchange.status === 408, exchange.received.slice(0, 100))
    }
    t.diagnostic(`all 25 slow clients cut off within ${Math.round(performance.now() - started)} ms`)
  })
})
