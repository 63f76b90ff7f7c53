// deploy/nginx.conf, run by Debian's nginx in front of two real instances on one SQLite file: TLS and plain HTTP refused, spreading, request ids, the limits and errors it answers itself, compression, HTTP/2, curl as clients use it, and an instance that dies.
import assert from 'node:assert/strict'
import { execFile, spawn, spawnSync } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { chmodSync, readFileSync, writeFileSync } from 'node:fs'
import { request as plainRequest } from 'node:http'
import type { IncomingHttpHeaders } from 'node:http'
import { connect as connectHttp2 } from 'node:http2'
import { request as tlsRequest } from 'node:https'
import { join } from 'node:path'
import { connect } from 'node:tls'
import type { ConnectionOptions, TLSSocket } from 'node:tls'
import { after, before, describe, test } from 'node:test'
import { promisify } from 'node:util'
import { gunzipSync } from 'node:zlib'
import { HTTP_CLIENTS, isCi, isClientInstalled, isToolInstalled, OPERATOR_TOOLS } from '../optional-parts.ts'
import { ADMIN_KEY, findFreePort, HOST, makeTempDir, removeTempDir, startServer, stopServer } from '../reliability/server-process.ts'
import type { ServerProcess } from '../reliability/server-process.ts'
import { waitFor } from '../wait-for.ts'

const DEPLOYED = new URL('../../deploy/nginx.conf', import.meta.url)
const [NGINX, OPENSSL] = OPERATOR_TOOLS.nginx.paths
const FAILURE_LIMIT = 5
const run = promisify(execFile)

interface Answer {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
}

/** Where nginx listens: over TLS, trusting the test's own certificate, or over plain HTTP; and the client's own address, 127.0.0.1 unless another of loopback's is given. */
interface Listener {
  port: number
  ca?: Buffer
  localAddress?: string
}

/**
 * node:http(s), which shows the bytes as they came: fetch would undo the
 * compression these tests look for. As the admin unless a header says
 * otherwise; a header given as undefined is not sent.
 */
async function send ({ port, ca, localAddress }: Listener, method: string, path: string, headers: Record<string, string | undefined> = {}, body?: string): Promise<Answer> {
  const sent = Object.entries({ authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json', ...headers }).filter((entry): entry is [string, string] => entry[1] !== undefined)
  const request = ca === undefined ? plainRequest : tlsRequest
  return await new Promise((resolve, reject) => {
    const outgoing = request({ host: HOST, port, method, path, ca, localAddress, headers: Object.fromEntries(sent) }, incoming => {
      const chunks: Buffer[] = []
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
      incoming.on('end', () => { resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks) }) })
      incoming.on('error', reject)
    })
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}

function json (answer: Answer): unknown {
  return JSON.parse(answer.body.toString('utf8'))
}

/** The deploy file as it is, but for what only a real deployment has: its instances' addresses, its ports, its certificate and its log's place. */
function deployedConfigFor (instances: readonly ServerProcess[], ports: { plain: number, tls: number }, dir: string): string {
  const replacements: Array<[string, string]> = [
    ['server 10.0.0.11:5000 ', `server ${HOST}:${instances[0]?.port} `],
    ['server 10.0.0.12:5000 ', `server ${HOST}:${instances[1]?.port} `],
    ['listen 80;', `listen ${HOST}:${ports.plain};`],
    ['listen 443 ssl http2;', `listen ${HOST}:${ports.tls} ssl http2;`],
    ['/etc/nginx/tls/api.example.com.crt', join(dir, 'tls.crt')],
    ['/etc/nginx/tls/api.example.com.key', join(dir, 'tls.key')],
    ['/var/log/nginx/blueprint.access.log', join(dir, 'access.log')]
  ]
  let config = readFileSync(DEPLOYED, 'utf8')
  for (const [from, to] of replacements) {
    assert.ok(config.includes(from), `deploy/nginx.conf no longer says ${from}: change this test with it`)
    config = config.replaceAll(from, to)
  }
  return config
}

/** A certificate for 127.0.0.1, made for this run, which the test's clients trust. */
function makeCertificate (dir: string): Buffer {
  const made = spawnSync(OPENSSL, ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'tls.key'), '-out', join(dir, 'tls.crt')], { encoding: 'utf8' })
  assert.equal(made.status, 0, made.stderr)
  return readFileSync(join(dir, 'tls.crt'))
}

/** How a TLS handshake with these options ended: the protocol and cipher agreed, or the error's code. */
async function handshake (port: number, options: ConnectionOptions): Promise<{ protocol: string | null, cipher: string } | { code: string }> {
  return await new Promise(resolve => {
    const socket: TLSSocket = connect({ host: HOST, port, rejectUnauthorized: false, ...options }, () => {
      resolve({ protocol: socket.getProtocol(), cipher: socket.getCipher().name })
      socket.end()
    })
    socket.on('error', (error: NodeJS.ErrnoException) => { resolve({ code: error.code ?? error.message }) })
  })
}

/** nginx's main file: this directory for everything nginx writes, and the deploy file in its http block, as an operator includes it. */
function mainConfig (dir: string): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(kind => `  ${kind}_temp_path ${join(dir, kind)};`).join('\n')
  return `daemon off;\nworker_processes 1;\npid ${join(dir, 'nginx.pid')};\nevents {}\nhttp {\n${temp}\n  include ${join(dir, 'blueprint.conf')};\n}\n`
}

describe('deploy/nginx.conf in front of two instances', { skip: !isToolInstalled('nginx') && !isCi && `nginx is not installed: ${OPERATOR_TOOLS.nginx.install}` }, () => {
  let dir: string
  let instances: ServerProcess[] = []
  let nginx: ChildProcess | undefined
  let edge: Listener
  let plain: Listener
  const nginxArgs = (): string[] => ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')]

  before(async () => {
    assert.ok(isToolInstalled('nginx'), `${NGINX} is missing: ${OPERATOR_TOOLS.nginx.install} (.ci/clients.sh does it)`)
    dir = await makeTempDir()
    // nginx's workers run as another user when it is started as root.
    chmodSync(dir, 0o755)
    const databasePath = join(dir, 'store.sqlite')
    // As deploy/systemd's unit has them, with nginx's address here, and a budget of failures a test can spend.
    const env = { TRUSTED_PROXIES: HOST, AUTH_FAILURE_LIMIT: String(FAILURE_LIMIT) }
    instances = [await startServer({ databasePath, env }), await startServer({ databasePath, env })]
    edge = { port: await findFreePort(), ca: makeCertificate(dir) }
    plain = { port: await findFreePort() }
    writeFileSync(join(dir, 'blueprint.conf'), deployedConfigFor(instances, { plain: plain.port, tls: edge.port }, dir))
    writeFileSync(join(dir, 'nginx.conf'), mainConfig(dir))
    const checked = spawnSync(NGINX, ['-t', ...nginxArgs()], { encoding: 'utf8' })
    assert.equal(checked.status, 0, checked.stderr)
    nginx = spawn(NGINX, nginxArgs(), { stdio: ['ignore', 'ignore', 'pipe'] })
    await waitFor('nginx listening', async () => await send(edge, 'GET', '/health').then(() => true, () => false), 10_000)
  })

  after(async () => {
    if (nginx !== undefined && nginx.exitCode === null) {
      nginx.kill('SIGTERM')
      await once(nginx, 'exit')
    }
    for (const instance of instances) await stopServer(instance)
    await removeTempDir(dir)
  })

  test('plain HTTP is answered 403 in the version\'s format, saying to use HTTPS, and reaches no instance', async () => {
    const v1 = await send(plain, 'PUT', '/v1/people/leaked', { 'content-type': 'application/json' }, JSON.stringify({ email: 'a@example.com' }))
    assert.equal(v1.status, 403)
    assert.deepEqual(json(v1), { status: 'error', message: 'This API is served over HTTPS only; a key sent over plain HTTP should be revoked' })
    assert.equal(v1.headers.location, undefined, 'no redirect, which would teach clients to send keys in the clear first')
    const v2 = await send(plain, 'GET', '/v2/people/leaked')
    assert.equal(v2.status, 403)
    assert.equal(v2.headers['content-type'], 'application/problem+json')
    assert.equal((json(v2) as { instance: string }).instance, '/v2/people/leaked')
    assert.equal((await send(edge, 'GET', '/v1/people/leaked')).status, 404, 'the PUT never reached an instance')
  })

  test('TLS 1.2 and 1.3 only, and on 1.2 forward-secret AEAD ciphers only', async () => {
    assert.deepEqual(await handshake(edge.port, {}), { protocol: 'TLSv1.3', cipher: 'TLS_AES_256_GCM_SHA384' })
    const tls12 = await handshake(edge.port, { maxVersion: 'TLSv1.2' })
    assert.ok('cipher' in tls12 && tls12.protocol === 'TLSv1.2' && tls12.cipher.startsWith('ECDHE-ECDSA-'), JSON.stringify(tls12))
    // The client offers what the server must refuse, so the refusal is the server's: its alert, not a local error.
    assert.deepEqual(await handshake(edge.port, { minVersion: 'TLSv1.1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT:@SECLEVEL=0' }), { code: 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION' })
    // Forward-secret, but not AEAD: nginx's own default list would take it.
    assert.deepEqual(await handshake(edge.port, { maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-AES128-SHA' }), { code: 'ERR_SSL_SSL/TLS_ALERT_HANDSHAKE_FAILURE' })
  })

  test('a person written and read through it, and the requests spread over both instances', async () => {
    const written = await send(edge, 'PUT', '/v1/people/fred', { 'content-type': 'application/json' }, JSON.stringify({ email: 'fred@example.com' }))
    assert.equal(written.status, 201, written.body.toString())
    for (let n = 0; n < 10; n++) {
      const read = await send(edge, 'GET', '/v1/people/fred')
      assert.equal(read.status, 200)
      assert.deepEqual(json(read), { status: 'ok', result: { name: 'fred', email: 'fred@example.com', comment: null } })
    }
    const upstreams = new Set([...readFileSync(join(dir, 'access.log'), 'utf8').matchAll(/ (127\.0\.0\.1:\d+) /g)].map(([, address]) => address))
    assert.deepEqual([...upstreams].sort(), instances.map(({ port }) => `${HOST}:${port}`).sort(), 'the log names both instances')
  })

  test('one request id from end to end: the client\'s when well formed, else nginx\'s, in the answer and in nginx\'s log', async () => {
    const kept = await send(edge, 'GET', '/health', { 'x-request-id': 'client-chosen-id-42' })
    assert.equal(kept.headers['x-request-id'], 'client-chosen-id-42')
    const made = await send(edge, 'GET', '/health')
    const id = String(made.headers['x-request-id'])
    assert.match(id, /^[0-9a-f]{32}$/, 'nginx\'s $request_id, passed on to the instance, which answered with it')
    await waitFor('the id in nginx\'s log', () => readFileSync(join(dir, 'access.log'), 'utf8').includes(`id=${id}`), 2000)
  })

  test('a body over 64 KiB is refused at the edge, in each version\'s format', async () => {
    const body = JSON.stringify({ email: 'a@example.com', comment: 'x'.repeat(70 * 1024) })
    const v1 = await send(edge, 'PUT', '/v1/people/big', { 'content-type': 'application/json' }, body)
    assert.equal(v1.status, 413)
    assert.deepEqual(json(v1), { status: 'error', message: 'The body is larger than the limit of 65536 bytes' })
    const v2 = await send(edge, 'PUT', '/v2/people/big', { 'content-type': 'application/json' }, body)
    assert.equal(v2.status, 413)
    assert.equal(v2.headers['content-type'], 'application/problem+json')
    assert.equal((json(v2) as { instance: string }).instance, '/v2/people/big')
  })

  test('a list is compressed for a client that asks; a person is not, so its ETag stays strong and If-Match with it holds', async () => {
    for (let n = 0; n < 30; n++) {
      const put = await send(edge, 'PUT', `/v1/people/person-${n}`, { 'content-type': 'application/json' }, JSON.stringify({ email: `person-${n}@example.com`, comment: 'a comment long enough to matter' }))
      assert.ok(put.status === 201 || put.status === 200, String(put.status))
    }
    const plain = await send(edge, 'GET', '/v1/people?limit=30')
    const compressed = await send(edge, 'GET', '/v1/people?limit=30', { 'accept-encoding': 'gzip' })
    assert.equal(plain.headers['content-encoding'], undefined)
    assert.equal(compressed.headers['content-encoding'], 'gzip')
    assert.match(String(compressed.headers.vary), /Accept-Encoding/)
    assert.deepEqual(JSON.parse(gunzipSync(compressed.body).toString('utf8')), json(plain))
    assert.ok(compressed.body.length < plain.body.length / 2, `${compressed.body.length} bytes compressed, ${plain.body.length} not`)

    // 780 characters, under the comment's 1,000, but 1,600 bytes in UTF-8: past the kilobyte from which nginx compresses.
    const comment = 'déjà vu, 日本語: '.repeat(60)
    assert.equal((await send(edge, 'PUT', '/v1/people/long', { 'content-type': 'application/json' }, JSON.stringify({ email: 'long@example.com', comment }))).status, 201)
    assert.ok((await send(edge, 'GET', '/v1/people/long')).body.length > 1024)
    const person = await send(edge, 'GET', '/v1/people/long', { 'accept-encoding': 'gzip' })
    assert.equal(person.headers['content-encoding'], undefined)
    const etag = String(person.headers.etag)
    assert.match(etag, /^"/, 'a strong tag')
    const updated = await send(edge, 'PUT', '/v1/people/long', { 'content-type': 'application/json', 'if-match': etag, 'accept-encoding': 'gzip' }, JSON.stringify({ email: 'long@example.com', comment: 'shorter' }))
    assert.equal(updated.status, 200, updated.body.toString())
  })

  test('failed authentications are counted per client, as nginx names it: a guesser is held back, its neighbour is not', async () => {
    const guesser = { ...edge, localAddress: '127.0.0.2' }
    const neighbour = { ...edge, localAddress: '127.0.0.3' }
    // Past the budget on both instances, whichever one nginx picks each time.
    for (let attempt = 0; attempt < 2 * FAILURE_LIMIT + 2; attempt++) {
      const guess = await send(guesser, 'GET', '/v1/people', { authorization: `Bearer rab_${String(attempt).padStart(43, 'x')}` })
      assert.ok([401, 429].includes(guess.status), String(guess.status))
    }
    for (let attempt = 0; attempt < 2; attempt++) {
      assert.equal((await send(guesser, 'GET', '/v1/people')).status, 429, 'the guesser, even with the right key')
      assert.equal((await send(guesser, 'GET', '/v1/people', { 'x-forwarded-for': neighbour.localAddress })).status, 429, 'the guesser, passing for its neighbour')
      assert.equal((await send(neighbour, 'GET', '/v1/people')).status, 200, 'the neighbour')
    }
  })

  test('a client that offers HTTP/2 speaks it with nginx, and reads what an HTTP/1.1 client reads', async () => {
    const put = await send(edge, 'PUT', '/v1/people/h2', { 'content-type': 'application/json' }, JSON.stringify({ email: 'h2@example.com' }))
    assert.ok(put.status === 200 || put.status === 201, put.body.toString())
    const overHttp1 = await send(edge, 'GET', '/v1/people/h2')
    const session = connectHttp2(`https://${HOST}:${edge.port}`, { ca: edge.ca })
    try {
      const overHttp2 = await new Promise<{ status: number, etag: unknown, body: string }>((resolve, reject) => {
        const stream = session.request({ ':path': '/v1/people/h2', authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' })
        let status = 0
        let etag: unknown
        const chunks: Buffer[] = []
        stream.on('response', headers => { status = Number(headers[':status']); etag = headers.etag })
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => { resolve({ status, etag, body: Buffer.concat(chunks).toString('utf8') }) })
        stream.on('error', reject)
      })
      assert.equal(session.alpnProtocol, 'h2')
      assert.equal(overHttp2.status, 200)
      assert.equal(overHttp2.body, overHttp1.body.toString('utf8'))
      assert.equal(overHttp2.etag, overHttp1.headers.etag, 'the same strong tag')
    } finally {
      session.close()
    }
  })

  test('curl over HTTP/2, asking for compression, saves a list page\'s ETag, which nginx weakened as it compressed, and sent back it still gets a 304', async (t) => {
    if (!await isClientInstalled('curl')) {
      if (isCi) assert.fail(`curl is not installed: ${HTTP_CLIENTS.curl.install}`)
      t.skip('curl not installed')
      return
    }
    for (let n = 0; n < 30; n++) {
      const put = await send(edge, 'PUT', `/v2/people/curl-${n}`, { 'content-type': 'application/json' }, JSON.stringify({ email: `curl-${n}@example.com`, comment: 'a comment long enough to matter' }))
      assert.ok(put.status === 201 || put.status === 200, String(put.status))
    }
    const saved = join(dir, 'page.etag')
    const curl = async (...args: string[]): Promise<{ statusLine: string, headers: string }> => {
      const { stdout } = await run('curl', ['-sS', '-i', '--http2', '--compressed', '--cacert', join(dir, 'tls.crt'),
        '-H', `Authorization: Bearer ${ADMIN_KEY}`, '-H', 'Accept: application/json', ...args, `https://${HOST}:${edge.port}/v2/people?limit=30`], { timeout: 20_000, encoding: 'utf8' })
      const [head = ''] = stdout.split('\r\n\r\n')
      const [statusLine = '', ...lines] = head.split('\r\n')
      return { statusLine, headers: lines.join('\n') }
    }

    const first = await curl('--etag-save', saved)
    assert.equal(first.statusLine.trim(), 'HTTP/2 200')
    assert.match(first.headers, /^content-encoding: gzip$/im)
    // A compressed body is not the bytes the app tagged: nginx says so by weakening the tag.
    assert.match(readFileSync(saved, 'utf8'), /^W\/"/)
    const again = await curl('--etag-compare', saved)
    assert.equal(again.statusLine.trim(), 'HTTP/2 304', 'If-None-Match compares weakly, as RFC 9110 asks')
  })

  test('a browser that asks for a person is sent to the docs, which come compressed', async () => {
    const browser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'accept-encoding': 'gzip, deflate, br', authorization: undefined }
    const sent = await send(edge, 'GET', '/v1/people/fred', browser)
    assert.equal(sent.status, 303)
    const location = String(sent.headers.location)
    assert.match(location, /^\/docs/, 'a path on the same host, so it holds behind any proxy')
    const docs = await send(edge, 'GET', location, browser)
    assert.equal(docs.status, 200)
    assert.equal(docs.headers['content-encoding'], 'gzip')
    assert.match(gunzipSync(docs.body).toString('utf8'), /^<!doctype html>/i)
  })

  // Last: it stops the instances.
  test('an instance that dies is passed over at once; with none left, a 503 in the API\'s format says to retry', async () => {
    const [first, second] = instances
    assert.ok(first !== undefined && second !== undefined)
    await stopServer(first)
    for (let n = 0; n < 6; n++) assert.equal((await send(edge, 'GET', '/v1/people/fred')).status, 200, `request ${n} after the first instance died`)

    await stopServer(second)
    const v1 = await send(edge, 'GET', '/v1/people/fred')
    assert.equal(v1.status, 503)
    assert.equal(v1.headers['retry-after'], '1')
    assert.deepEqual(json(v1), { status: 'error', message: 'No instance of the API answered; try again shortly' })
    const v2 = await send(edge, 'GET', '/v2/people/fred')
    assert.equal(v2.status, 503)
    assert.equal(v2.headers['content-type'], 'application/problem+json')
    assert.equal((json(v2) as { instance: string }).instance, '/v2/people/fred')
  })
})
