// HTTPie, curl and Python's requests, used with their own habits, against the real server: HTTPie's default Accept, key=value bodies and forms, Host headers removed or malformed, a requests Session that sends Content-Type on every request, curl's saved ETags, requests' parsed Link headers (people, changes, keys) and HTTPie's exit status.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { TestContext } from 'node:test'
import { promisify } from 'node:util'
import { HTTP_CLIENTS, isCi, isClientInstalled } from '../optional-parts.ts'
import type { HttpClientName } from '../optional-parts.ts'
import { aPersonView } from '../people.ts'
import { ADMIN_KEY, HOST, makeTempDir, removeTempDir, startServer, stopServer } from '../reliability/server-process.ts'
import type { ServerProcess } from '../reliability/server-process.ts'
import { waitFor } from '../wait-for.ts'

const run = promisify(execFile)

/** False when the client is missing here: a failure in CI, where it must be installed, and a skip elsewhere. */
async function isAvailable (t: TestContext, name: HttpClientName): Promise<boolean> {
  if (await isClientInstalled(name)) return true
  if (isCi) assert.fail(`${name} is not installed; install it with: ${HTTP_CLIENTS[name].install}`)
  t.skip(`${name} not installed`)
  return false
}

interface Exchange {
  /** The request's headers as HTTPie sent them, lower-cased. */
  sent: Record<string, string>
  status: number
  body: string
}

function headerLines (lines: string[]): Record<string, string> {
  return Object.fromEntries(lines.map(line => {
    const colon = line.indexOf(':')
    return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]
  }))
}

/** Runs `http` with the admin key, printing what it sent and what came back. */
async function httpie (dir: string, args: string[]): Promise<Exchange> {
  const { stdout } = await run('http', ['--ignore-stdin', '--pretty=none', '--print=Hhb', ...args, `Authorization:Bearer ${ADMIN_KEY}`], {
    timeout: 20_000,
    encoding: 'utf8',
    // HTTPie reads no user config, and writes UTF-8 whatever the locale.
    env: { ...process.env, HTTPIE_CONFIG_DIR: dir, PYTHONIOENCODING: 'utf-8' }
  })
  const lines = stdout.replaceAll('\r\n', '\n').split('\n')
  const statusAt = lines.findIndex(line => /^HTTP\/[\d.]+ \d{3}/.test(line))
  assert.ok(statusAt > 0, `no status line in HTTPie's output:\n${stdout}`)
  const bodyAt = lines.indexOf('', statusAt)
  return {
    // The request line comes first, then its headers up to a blank line.
    sent: headerLines(lines.slice(1, lines.indexOf('', 1))),
    status: Number(lines[statusAt]?.split(' ')[1]),
    body: lines.slice(bodyAt + 1).join('\n').trim()
  }
}

function resultOf (exchange: Exchange, status: number): any {
  assert.equal(exchange.status, status, exchange.body)
  return (JSON.parse(exchange.body) as { result: unknown }).result
}

// A Session with Content-Type set once, as many scripts do, then a person and a key, each made, used and removed.
const REQUESTS_SCRIPT = `
import json, sys, requests
base, key, name = sys.argv[1:4]
session = requests.Session()
session.headers.update({"Authorization": "Bearer " + key, "Content-Type": "application/json", "Accept": "application/json"})
person = base + "/v1/people/" + name
answers = {}
def keep(step, response):
    answers[step] = {"status": response.status_code, "body": response.text}
    return response
keep("put", session.put(person, data=json.dumps({"email": "fred@example.com", "comment": None})))
keep("get", session.get(person))
keep("delete", session.delete(person))
keep("get after delete", session.get(person))
created = keep("create key", session.post(base + "/admin/keys", data=json.dumps({"name": "requests", "capabilities": ["people:read"]}))).json()["result"]
keep("revoke key", session.delete(base + "/admin/keys/" + created["id"]))
print(json.dumps({"statuses": {step: answer["status"] for step, answer in answers.items()}, "answers": answers, "secret": created["key"]}))
`

// Follows rel="next" as requests parses it, joined to the page's own URL as a browser would, and notes every relation seen on the way.
const FOLLOW_NEXT_SCRIPT = `
import json, sys, requests
from urllib.parse import urljoin
url, key = sys.argv[1:3]
session = requests.Session()
session.headers.update({"Authorization": "Bearer " + key, "Accept": "application/json"})
pages, relations = [], set()
while url is not None:
    response = session.get(url)
    response.raise_for_status()
    pages.append(response.json()["result"])
    relations.update(response.links)
    url = urljoin(response.url, response.links["next"]["url"]) if "next" in response.links else None
print(json.dumps({"pages": pages, "relations": sorted(relations)}))
`

describe('HTTPie, curl and Python requests, with their habits', () => {
  let dir: string
  let server: ServerProcess
  let baseUrl: string

  before(async () => {
    dir = await makeTempDir()
    server = await startServer({ databasePath: join(dir, 'db.sqlite') })
    baseUrl = `http://${HOST}:${server.port}`
  })

  after(async () => {
    if (server !== undefined) await stopServer(server)
    await removeTempDir(dir)
  })

  async function isRefused (key: string): Promise<boolean> {
    const response = await fetch(`${baseUrl}/v2/people`, { headers: { authorization: `Bearer ${key}` } })
    await response.body?.cancel()
    return response.status === 401
  }

  async function send (method: string, path: string, body?: unknown): Promise<any> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json', 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) })
    })
    assert.ok(response.ok, `${method} ${path}: ${response.status}`)
    return ((await response.json()) as { result: unknown }).result
  }

  /** `curl -i`, with the admin key, asking for JSON; the status, the headers lower-cased and the body. */
  async function curl (args: string[]): Promise<{ status: number, headers: Record<string, string>, body: string }> {
    const { stdout } = await run('curl', ['-sS', '-i', '-H', `Authorization: Bearer ${ADMIN_KEY}`, '-H', 'Accept: application/json', ...args], { timeout: 20_000, encoding: 'utf8' })
    const [head = '', body = ''] = stdout.split('\r\n\r\n')
    const [statusLine = '', ...lines] = head.split('\r\n')
    return { status: Number(statusLine.split(' ')[1]), headers: headerLines(lines), body }
  }

  async function followNext (path: string): Promise<{ pages: any[][], relations: string[] }> {
    const { stdout } = await run('python3', ['-c', FOLLOW_NEXT_SCRIPT, `${baseUrl}${path}`, ADMIN_KEY], { timeout: 30_000, encoding: 'utf8' })
    return JSON.parse(stdout) as { pages: any[][], relations: string[] }
  }

  test('HTTPie writes with key=value JSON, reads and deletes with --json, which sends Content-Type with no body, through URLs with a trailing slash', async (t) => {
    if (!await isAvailable(t, 'HTTPie')) return
    const url = `${baseUrl}/v1/people/fred-httpie/`
    const fred = aPersonView({ name: 'fred-httpie', comment: 'Likes tea' })

    const written = await httpie(dir, ['PUT', url, 'email=fred@example.com', 'comment=Likes tea'])
    assert.match(written.sent['content-type'] ?? '', /^application\/json/)
    assert.deepEqual(resultOf(written, 201), fred)

    // With data or --json, HTTPie asks for JSON first and */* after: JSON, not v1's redirect to the docs.
    const read = await httpie(dir, ['--json', 'GET', url])
    assert.equal(read.sent.accept, 'application/json, */*;q=0.5')
    assert.match(read.sent['content-type'] ?? '', /^application\/json/)
    assert.deepEqual(resultOf(read, 200), fred)

    // Without either it says */*, which v2 answers with JSON.
    const readV2 = await httpie(dir, ['GET', `${baseUrl}/v2/people/fred-httpie/`])
    assert.equal(readV2.sent.accept, '*/*')
    assert.equal(readV2.status, 200, readV2.body)
    assert.equal((JSON.parse(readV2.body) as { name: string }).name, 'fred-httpie')

    const deleted = await httpie(dir, ['--json', 'DELETE', url])
    assert.match(deleted.sent['content-type'] ?? '', /^application\/json/)
    resultOf(deleted, 200)
    assert.equal((await httpie(dir, ['--json', 'GET', url])).status, 404)
  })

  test('HTTPie forms: a capability sent once is a list of one, and a switch takes enabled=false', async (t) => {
    if (!await isAvailable(t, 'HTTPie')) return
    const created = await httpie(dir, ['--form', 'POST', `${baseUrl}/admin/keys`, 'name=x', 'capabilities=people:read'])
    assert.match(created.sent['content-type'] ?? '', /^application\/x-www-form-urlencoded/)
    const key = resultOf(created, 201)
    assert.deepEqual(key.capabilities, ['people:read'])

    const off = await httpie(dir, ['--form', 'PUT', `${baseUrl}/admin/switches/format.csv/`, 'enabled=false'])
    assert.equal(resultOf(off, 200).enabled, false)
    assert.equal(resultOf(await httpie(dir, ['--form', 'PUT', `${baseUrl}/admin/switches/format.csv/`, 'enabled=true']), 200).enabled, true)

    resultOf(await httpie(dir, ['DELETE', `${baseUrl}/admin/keys/${String(key.id)}/`]), 200)
    await waitFor('the key revoked through HTTPie refused', async () => isRefused(key.key), 5000)
  })

  test('a Host header that curl is told to leave out, or that HTTPie is given malformed, is a 400 in the version\'s format; a Host naming another host and port is served', async (t) => {
    if (!await isAvailable(t, 'curl') || !await isAvailable(t, 'HTTPie')) return
    const hostMessage = 'The Host header must be a host with an optional port, such as api.example.com:443'
    // curl -H 'Name:' removes a header curl would send, here its own Host.
    const curlWithHost = async (host: string, path: string): Promise<{ status: number, headers: string, body: any }> => {
      const { stdout } = await run('curl', ['-sS', '-i', '-H', host, '-H', `Authorization: Bearer ${ADMIN_KEY}`, '-H', 'Accept: application/json', `${baseUrl}${path}`], { timeout: 20_000, encoding: 'utf8' })
      const [headers = '', body = ''] = stdout.split('\r\n\r\n')
      return { status: Number(headers.split(' ')[1]), headers, body: JSON.parse(body) }
    }

    const noHost = await curlWithHost('Host:', '/v1/people/fred')
    assert.equal(noHost.status, 400)
    assert.match(noHost.headers, /\r\nx-request-id: [\w-]+\r\n/i)
    assert.deepEqual(noHost.body, { status: 'error', message: 'An HTTP/1.1 request must name its host in a Host header' })

    const spaced = await curlWithHost('Host: a b', '/v2/people/fred')
    assert.equal(spaced.status, 400)
    assert.match(spaced.headers, /\r\ncontent-type: application\/problem\+json/i)
    assert.equal(spaced.body.detail, hostMessage)

    const withUser = await httpie(dir, ['GET', `${baseUrl}/v1/people/fred`, 'Host:user@api.example', 'Accept:application/json'])
    assert.equal(withUser.sent.host, 'user@api.example')
    assert.equal(withUser.status, 400)
    assert.deepEqual(JSON.parse(withUser.body), { status: 'error', message: hostMessage })

    // A name behind a proxy or a load balancer, as Host arrives there.
    const proxied = await curlWithHost('Host: api.example.com:443', '/v1/people/nobody-here')
    assert.equal(proxied.status, 404)
    assert.deepEqual(proxied.body, { status: 'error', message: 'Person does not exist' })
  })

  test('a requests Session that sends Content-Type: application/json on every request reads, deletes and revokes', async (t) => {
    if (!await isAvailable(t, 'Python requests')) return
    const { stdout } = await run('python3', ['-c', REQUESTS_SCRIPT, baseUrl, ADMIN_KEY, 'fred-requests'], { timeout: 30_000, encoding: 'utf8' })
    const { statuses, secret } = JSON.parse(stdout) as { statuses: Record<string, number>, secret: string }
    assert.deepEqual(statuses, { put: 201, get: 200, delete: 200, 'get after delete': 404, 'create key': 201, 'revoke key': 200 }, stdout)
    await waitFor('the key revoked through requests refused', async () => isRefused(secret), 5000)
  })
  test('curl keeps an ETag with --etag-save and asks again with --etag-compare: a person and a page not sent again until they change', async (t) => {
    if (!await isAvailable(t, 'curl')) return
    const watched = [
      { url: `${baseUrl}/v1/people/fred-curl`, saved: join(dir, 'person.etag'), changedTo: 'fred@example.org' },
      { url: `${baseUrl}/v2/people?limit=1`, saved: join(dir, 'page.etag'), changedTo: '-first' }
    ]
    await send('PUT', '/v1/people/fred-curl', { email: 'fred@example.com' })
    try {
      await curlSavesAndComparesEtags(watched)
    } finally {
      await send('DELETE', '/v1/people/fred-curl')
      await send('DELETE', '/v1/people/-first').catch(() => undefined)
    }
  })

  async function curlSavesAndComparesEtags (watched: Array<{ url: string, saved: string, changedTo: string }>): Promise<void> {
    for (const { url, saved } of watched) {
      const first = await curl(['--etag-save', saved, url])
      assert.equal(first.status, 200, first.body)
      assert.equal((await readFile(saved, 'utf8')).trim(), first.headers.etag)

      const again = await curl(['--etag-compare', saved, url])
      assert.equal(again.status, 304, again.body)
      assert.equal(again.body, '')
      assert.equal(again.headers.etag, first.headers.etag)
    }

    // Fred changes himself; a person named to sort first changes the one-person page.
    await send('PUT', '/v1/people/fred-curl', { email: 'fred@example.org' })
    await send('PUT', '/v1/people/-first', { email: 'first@example.com' })
    for (const { url, saved, changedTo } of watched) {
      const stale = await curl(['--etag-compare', saved, url])
      assert.equal(stale.status, 200, stale.body)
      assert.ok(stale.body.includes(changedTo), stale.body)
    }
  }

  test('requests finds rel="next" among the Link header\'s relations and walks every page of people, of the record of changes and of the keys', async (t) => {
    if (!await isAvailable(t, 'Python requests')) return
    const names = ['page-a', 'page-b', 'page-c', 'page-d', 'page-e']
    for (const name of names) await send('PUT', `/v1/people/${name}`, { email: `${name}@example.com` })
    // Deprecated, v1 sends its own links beside rel="next", in the same header.
    await send('PUT', '/admin/switches/v1.deprecated', { enabled: true })
    try {
      // Whoever else is stored, the walk two at a time must find everyone one large page holds.
      const everyone = (await send('GET', '/v1/people?limit=100') as Array<{ name: string }>).map(person => person.name)
      const people = await followNext('/v1/people?limit=2')
      assert.deepEqual(people.pages.flat().map((person: { name: string }) => person.name), everyone)
      assert.ok(names.every(name => everyone.includes(name)))
      assert.equal(people.pages.length, Math.ceil(everyone.length / 2))
      assert.deepEqual(people.relations, ['deprecation', 'next', 'successor-version'])
    } finally {
      await send('PUT', '/admin/switches/v1.deprecated', { enabled: false })
    }

    const events = await followNext('/admin/events?limit=2')
    const everyEvent = (await send('GET', '/admin/events?limit=100') as Array<{ id: number }>).map(event => event.id)
    assert.ok(everyEvent.length > 2, 'more than one page of changes to walk')
    assert.deepEqual(events.pages.flat().map((event: { id: number }) => event.id), everyEvent)
    for (const name of names) await send('DELETE', `/v1/people/${name}`)

    // The key listing pages by the last key's id rather than by a cursor: one key a page.
    const made = [] as string[]
    for (const name of ['walked-a', 'walked-b']) made.push((await send('POST', '/admin/keys', { name, capabilities: ['people:read'] }) as { id: string }).id)
    try {
      const everyKey = (await send('GET', '/admin/keys?limit=100') as Array<{ id: string }>).map(key => key.id)
      assert.ok(everyKey.length < 100, 'one page of 100 holds every key')
      assert.ok(made.every(id => everyKey.includes(id)))
      const keys = await followNext('/admin/keys?limit=1')
      assert.equal(keys.pages.length, everyKey.length)
      assert.deepEqual(keys.pages.flat().map((key: { id: string }) => key.id), everyKey)
    } finally {
      for (const id of made) await send('DELETE', `/admin/keys/${id}`)
    }
  })
  test('HTTPie --check-status tells a script that a closed v1 may come back (exit 5, 503) and a retired v1 will not (exit 4, 410)', async (t) => {
    if (!await isAvailable(t, 'HTTPie')) return
    // The exit status, and the status line HTTPie printed, which tells a 410 from any other 4xx.
    const exitOf = async (): Promise<string> => {
      const args = ['--ignore-stdin', '--check-status', '--print=h', 'GET', `${baseUrl}/v1/people/fred-status`, `Authorization:Bearer ${ADMIN_KEY}`, 'Accept:application/json']
      const options = { timeout: 20_000, encoding: 'utf8' as const, env: { ...process.env, HTTPIE_CONFIG_DIR: dir } }
      const { code, stdout } = await run('http', args, options).then(({ stdout }) => ({ code: 0, stdout }), (error: { code: number, stdout: string }) => error)
      return `${code} ${stdout.split(/\r?\n/, 1)[0] ?? ''}`
    }
    await send('PUT', '/v1/people/fred-status', { email: 'fred@example.com' })
    assert.equal(await exitOf(), '0 HTTP/1.1 200 OK')
    await send('PUT', '/admin/switches/v1', { enabled: false })
    try {
      assert.equal(await exitOf(), '5 HTTP/1.1 503 Service Unavailable')
    } finally {
      await send('PUT', '/admin/switches/v1', { enabled: true })
    }
    await send('PUT', '/admin/switches/v1.retired', { enabled: true })
    try {
      assert.equal(await exitOf(), '4 HTTP/1.1 410 Gone')
    } finally {
      await send('PUT', '/admin/switches/v1.retired', { enabled: false })
    }
    await send('DELETE', '/v1/people/fred-status')
  })
})
