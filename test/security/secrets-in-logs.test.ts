// Runs realistic traffic, key creation to revocation, errors and a 500 included, and proves no key secret reaches the log or any other answer.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { describe, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { encode } from '@msgpack/msgpack'
import type { FastifyInstance, HTTPMethods } from 'fastify'
import pino from 'pino'
import { buildApp } from '../../src/app.ts'
import { openSqliteStore } from '../../src/storage/sqlite/index.ts'
import type { Store } from '../../src/storage/store.ts'
import { aDraft } from '../people.ts'
import { findFreePort, HOST, makeTempDir, removeTempDir } from '../reliability/server-process.ts'
import { httpRequest } from './real-socket.ts'

const ADMIN_KEY = 'secrets-admin-key-0123456789abcdefghijklm'
// Every key the API makes: "rab_" and 256 bits in base64url (src/auth/api-keys.ts).
const ANY_KEY = /rab_[\w-]{43}/
// Put in request bodies: bodies are never logged either.
const BODY_MARKER = 'body-marker-5f1c'
const ROOT = fileURLToPath(new URL('../../', import.meta.url))

function memoryLogger (): { logger: pino.Logger, text: () => string } {
  const chunks: string[] = []
  const stream = new Writable({
    write (chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'))
      done()
    }
  })
  // trace: the most the framework and its plugins would ever write.
  return { logger: pino({ level: 'trace' }, stream), text: () => chunks.join('') }
}

interface Exchange {
  label: string
  isKeyCreation: boolean
  /** Status line, headers and body as one buffer, to search for secrets anywhere. */
  whole: Buffer
}

/** Sends requests like a client would and keeps every answer, whole. */
function recordingClient (app: FastifyInstance, exchanges: Exchange[]) {
  return async (method: string, url: string, options: { key?: string, accept?: string, type?: string, body?: string | Buffer, headers?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { accept: options.accept ?? 'application/json', ...options.headers }
    if (options.key !== undefined) headers.authorization = `Bearer ${options.key}`
    if (options.type !== undefined) headers['content-type'] = options.type
    const response = await app.inject({ method: method as HTTPMethods, url, headers, ...(options.body === undefined ? {} : { payload: options.body }) })
    exchanges.push({
      label: `${method} ${url} → ${response.statusCode}`,
      isKeyCreation: method === 'POST' && url === '/admin/keys' && response.statusCode === 201,
      whole: Buffer.concat([Buffer.from(`${response.statusCode} ${JSON.stringify(response.headers)}\n`), response.rawPayload])
    })
    return response
  }
}

/** The known secrets in `text`, and anything else shaped like a key, each once. */
function secretsIn (text: string, secrets: readonly string[]): string[] {
  const keyShaped = [...text.matchAll(new RegExp(ANY_KEY.source, 'g'))].map(([match]) => match)
  return [...new Set([...secrets.filter(secret => text.includes(secret)), ...keyShaped])]
}

describe('no key secret is ever logged or shown twice', () => {
  test('a realistic sequence through an app that logs everything, down to trace', async (t) => {
    const log = memoryLogger()
    const store = openSqliteStore(':memory:')
    const app = await buildApp({ store, adminKey: ADMIN_KEY, logger: log.logger, rateLimit: 100_000_000 })
    t.after(async () => {
      await app.close()
      await store.close()
    })
    const exchanges: Exchange[] = []
    const call = recordingClient(app, exchanges)
    const json = 'application/json'

    // Keys made in each format; the creation answer is the one place a secret may appear.
    const keys: Record<string, { id: string, key: string }> = {}
    const makeKey = async (name: string, capabilities: string[], accept: string): Promise<void> => {
      const response = await call('POST', '/admin/keys', { key: ADMIN_KEY, accept, type: json, body: JSON.stringify({ name, capabilities }) })
      assert.equal(response.statusCode, 201)
      const created = (await app.inject({ url: '/admin/keys', headers: { authorization: `Bearer ${ADMIN_KEY}`, accept: json } })).json() as { result: Array<{ id: string, name: string }> }
      const id = created.result.find(key => key.name === name)?.id ?? ''
      const key = ANY_KEY.exec(response.rawPayload.toString('latin1'))?.[0] ?? ''
      assert.ok(key !== '' && id !== '', `no key in the ${accept} creation answer`)
      keys[name] = { id, key }
    }
    await makeKey('reader', ['people:read'], json)
    await makeKey('writer', ['people:read', 'people:write'], 'application/yaml')
    await makeKey('deleter', ['people:delete'], 'application/msgpack')
    await makeKey('second-admin', ['admin'], 'application/vnd.msgpack')
    const { reader, writer, deleter } = { reader: keys.reader?.key ?? '', writer: keys.writer?.key ?? '', deleter: keys.deleter?.key ?? '' }
    const secondAdmin = keys['second-admin']?.key ?? ''

    // Use them, on every route and in every format.
    const person = JSON.stringify(aDraft({ email: 'fred@example.com', comment: BODY_MARKER }))
    await call('PUT', '/v1/people/fred', { key: writer, type: json, body: person })
    await call('PUT', '/v2/people/wilma', { key: writer, type: 'application/yaml', body: `email: wilma@example.com\ncomment: ${BODY_MARKER}\n` })
    await call('PUT', '/v1/people/barney', { key: writer, type: 'application/msgpack', body: Buffer.from(encode({ email: 'barney@example.com' })) })
    await call('PUT', '/v2/people/betty', { key: writer, type: 'application/x-www-form-urlencoded', body: `email=betty%40example.com&comment=${BODY_MARKER}` })
    await call('PATCH', '/v1/people/fred', { key: writer, type: 'application/merge-patch+json', body: JSON.stringify({ comment: `${BODY_MARKER} again` }) })
    for (const accept of [json, 'application/yaml', 'text/csv', 'application/msgpack']) {
      await call('GET', '/v1/people/fred', { key: reader, accept })
      await call('GET', '/v2/people?limit=1', { key: reader, accept })
    }
    const page = await call('GET', '/v1/people?limit=2', { key: reader })
    const next = (page.json() as { next: string | null }).next
    if (next !== null) await call('GET', next, { key: reader })
    const etag = String((await call('GET', '/v2/people/fred', { key: reader })).headers.etag)
    await call('PUT', '/v2/people/fred', { key: writer, type: json, body: person, headers: { 'if-match': etag } })
    await call('PUT', '/v2/people/fred', { key: writer, type: json, body: person, headers: { 'if-match': etag } })
    await call('HEAD', '/v1/people/fred', { key: reader })
    await call('OPTIONS', '/v1/people/fred')
    for (const url of ['/v1/capabilities', '/v2/capabilities', '/admin/keys', '/admin/switches']) await call('GET', url, { key: secondAdmin })
    await call('PUT', '/admin/switches/format.csv', { key: secondAdmin, type: json, body: '{"enabled":false}' })
    await call('GET', '/v1/people', { key: reader, accept: 'text/csv' })
    await call('PUT', '/admin/switches/format.csv', { key: ADMIN_KEY, type: json, body: '{"enabled":true}' })
    await call('DELETE', '/v1/people/barney', { key: deleter })
    await call('DELETE', '/v2/people/betty', { key: deleter })
    for (const url of ['/health', '/ready', '/docs', '/v1/openapi.json', '/v2/openapi.yaml']) await call('GET', url)
    await call('GET', '/v1/people/fred')

    // Errors, with the secret in every place a careless log might look.
    await call('PUT', '/v1/people/fred', { key: reader, type: json, body: person })
    await call('GET', '/v1/people/fred', { headers: { authorization: `Bearer ${reader} ${reader}` } })
    await call('GET', '/v2/people/fred', { headers: { authorization: `Basic ${Buffer.from(`user:${writer}`).toString('base64')}` } })
    await call('GET', '/v2/people/fred', { headers: { authorization: `Token ${writer}`, cookie: `session=${writer}`, 'x-api-key': writer, 'proxy-authorization': `Bearer ${writer}` } })
    await call('GET', '/v1/people/nobody', { key: reader })
    await call('PUT', '/v1/people/fred', { key: writer, type: json, body: JSON.stringify({ email: writer, comment: 7 }) })
    await call('PUT', '/v2/people/fred', { key: writer, type: json, body: JSON.stringify({ email: 'f@example.com', secret: writer }) })
    await call('PUT', '/v1/people/fred', { key: writer, type: 'text/plain', body: writer })
    await call('PUT', '/v1/people/fred', { key: writer, type: json, body: `{"email":"${writer}"`.padEnd(70_000, ' ') })
    await call('GET', '/v1/people/fred', { key: reader, accept: 'image/png' })
    await call('POST', '/v1/people/fred', { key: reader })
    await call('GET', '/v1/people/%C3%28', { key: reader })
    await call('DELETE', '/admin/keys/key_nope', { key: ADMIN_KEY })
    await call('GET', '/admin/keys', { key: writer })

    // Revoke them, then use them.
    for (const { id } of Object.values(keys)) await call('DELETE', `/admin/keys/${id}`, { key: ADMIN_KEY })
    for (const key of [reader, writer, deleter, secondAdmin]) await call('GET', '/v1/people/fred', { key })
    await call('GET', '/admin/keys', { key: ADMIN_KEY })

    const secrets = [ADMIN_KEY, ...Object.values(keys).map(({ key }) => key)]
    const text = log.text()
    assert.deepEqual(secretsIn(text, secrets), [], 'a secret reached the log')
    assert.doesNotMatch(text, /Bearer|authorization|x-api-key|cookie/i, 'a credential header reached the log')
    assert.ok(!text.includes(BODY_MARKER), 'a request body reached the log')
    assert.ok(text.split('\n').filter(line => line.includes('"msg":"request"')).length >= exchanges.length, 'fewer request lines than requests')
    for (const exchange of exchanges) {
      const shown = secretsIn(exchange.whole.toString('latin1'), secrets)
      if (exchange.isKeyCreation) assert.equal(shown.length, 1, `${exchange.label} should show its own secret, and only it`)
      else assert.deepEqual(shown, [], `${exchange.label} shows a secret`)
    }
    t.diagnostic(`requests: ${exchanges.length}, log: ${text.length} characters, secrets looked for: ${secrets.length}`)
  })

  test('a 500 from a failing store, even while making a key, logs the error but no secret', async (t) => {
    const log = memoryLogger()
    const store: Store = openSqliteStore(':memory:')
    store.keys.create = async (key) => {
      // A driver error as PostgreSQL writes it, values included.
      throw new Error(`duplicate key value violates unique constraint: Key (id, hash)=(${key.id}, ${key.hash}) already exists`)
    }
    store.people.find = async () => {
      throw new Error('SQLITE_CORRUPT: SELECT name, email, comment FROM people WHERE name = ?')
    }
    const app = await buildApp({ store, adminKey: ADMIN_KEY, logger: log.logger })
    t.after(async () => {
      await app.close()
      await store.close()
    })
    const exchanges: Exchange[] = []
    const call = recordingClient(app, exchanges)
    const failedKey = await call('POST', '/admin/keys', { key: ADMIN_KEY, type: 'application/json', body: '{"name":"ci","capabilities":["admin"]}' })
    assert.equal(failedKey.statusCode, 500)
    assert.equal((await call('GET', '/v1/people/fred', { key: ADMIN_KEY })).statusCode, 500)
    const text = log.text()
    assert.equal(text.split('\n').filter(line => line.includes('unexpected error')).length, 2, 'both failures are logged for the operator')
    assert.deepEqual(secretsIn(text, [ADMIN_KEY]), [], 'a secret reached the log')
    for (const exchange of exchanges) assert.deepEqual(secretsIn(exchange.whole.toString('latin1'), [ADMIN_KEY]), [], `${exchange.label} shows a secret`)
  })

  test('the whole feature suite against a real server logging at trace leaves no secret in its log', async (t) => {
    const dir = await makeTempDir()
    const logPath = join(dir, 'server.log')
    const logFile = openSync(logPath, 'w')
    const port = await findFreePort()
    const server = spawn(process.execPath, ['src/server.js'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOST, PORT: String(port), DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`, BLUEPRINT_ADMIN_KEY: ADMIN_KEY, LOG_LEVEL: 'trace', RATE_LIMIT: '100000000' },
      stdio: ['ignore', logFile, logFile]
    })
    const exited = new Promise<number | null>(resolve => server.once('exit', code => resolve(code)))
    t.after(async () => {
      if (server.exitCode === null) server.kill('SIGKILL')
      await exited
      await removeTempDir(dir)
    })
    await waitUntilReady(port)

    // Scenarios that rebuild the app in-process cannot run against a server (features/README.md).
    const cucumber = spawn(process.execPath, ['node_modules/@cucumber/cucumber/bin/cucumber.js', '--tags', 'not @in-process'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', BASE_URL: `http://${HOST}:${port}`, BLUEPRINT_ADMIN_KEY: ADMIN_KEY },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 240_000
    })
    let output = ''
    cucumber.stdout.on('data', (chunk: Buffer) => { output = (output + chunk.toString('utf8')).slice(-4000) })
    cucumber.stderr.on('data', (chunk: Buffer) => { output = (output + chunk.toString('utf8')).slice(-4000) })
    const cucumberCode = await new Promise<number | null>(resolve => cucumber.once('close', code => resolve(code)))

    // SIGTERM: the server drains, flushes its log and exits.
    server.kill('SIGTERM')
    assert.equal(await exited, 0)
    closeSync(logFile)
    const text = await readFile(logPath, 'utf8')
    const lines = text.split('\n').filter(line => line.startsWith('{')).map(line => JSON.parse(line) as Record<string, unknown>)
    const requests = lines.filter(line => line.msg === 'request')
    const created = requests.filter(line => line.method === 'POST' && line.path === '/admin/keys' && line.status === 201).length
    const refused = requests.filter(line => line.status === 401).length
    t.diagnostic(`features: exit ${String(cucumberCode)}, ${/\d+ scenarios? \([^)]*\)/.exec(output)?.[0] ?? 'no summary'}`)
    // The features must pass against a real server too, or the log would not be of the whole suite.
    assert.equal(cucumberCode, 0, output)
    t.diagnostic(`server log: ${lines.length} lines, ${requests.length} requests, ${created} keys made, ${refused} refused`)
    // However the features fared, they must have exercised keys for the scan to mean anything.
    assert.ok(requests.length >= 1000 && created >= 100 && refused >= 5, `too little traffic to judge:\n${output}`)
    assert.deepEqual(secretsIn(text, [ADMIN_KEY]), [], 'a secret reached the log')
    assert.doesNotMatch(text, /Bearer |"authorization"/i, 'a credential header reached the log')
  })
})

async function waitUntilReady (port: number): Promise<void> {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    const ready = await httpRequest(port, { path: '/ready', timeoutMs: 1000 }).then(answer => answer.status === 200, () => false)
    if (ready) return
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  throw new Error('the server was not ready within 30 s')
}
