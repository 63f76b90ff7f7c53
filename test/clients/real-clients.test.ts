// Checks that curl, HTTPie and Python's requests can write and read a CJK name and an emoji comment on the real server.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { TestContext } from 'node:test'
import { promisify } from 'node:util'
import { HTTP_CLIENTS, isCi, isClientInstalled } from '../optional-parts.ts'
import type { HttpClientName } from '../optional-parts.ts'
import { aPersonView } from '../people.ts'
import { ADMIN_KEY, HOST, makeTempDir, removeTempDir, startServer, stopServer } from '../reliability/server-process.ts'
import type { ServerProcess } from '../reliability/server-process.ts'

const run = promisify(execFile)

const COMMENT = '🍵 tea'
const EMAIL = '名前@例子.广告'

interface Reply {
  status: number
  body: string
}

interface Person {
  name: string
  email: string
  comment: string | null
}

interface Client {
  name: HttpClientName
  /** Sends a request with the admin key and Accept: application/json, and a JSON body when `person` is given. */
  send: (method: 'GET' | 'PUT', url: string, person?: Omit<Person, 'name'>) => Promise<Reply>
}

// Python writes UTF-8 whatever the locale, and HTTPie reads no user config.
function pythonEnv (configDir: string): NodeJS.ProcessEnv {
  return { ...process.env, PYTHONIOENCODING: 'utf-8', HTTPIE_CONFIG_DIR: configDir }
}

/** Splits output that starts with a status (a code or a status line) into status and the rest. */
function splitStatus (output: string, statusPattern: RegExp): Reply {
  const match = statusPattern.exec(output)
  assert.ok(match?.[1] !== undefined, `no status in the output:\n${output}`)
  return { status: Number(match[1]), body: output.slice(match.index + match[0].length) }
}

function curl (_configDir: string): Client {
  return {
    name: 'curl',
    send: async (method, url, person) => {
      // curl sends the URL as given, so the name is percent-encoded beforehand, as the contract asks.
      const args = ['-sS', '-X', method, '-H', `Authorization: Bearer ${ADMIN_KEY}`, '-H', 'Accept: application/json']
      if (person !== undefined) args.push('-H', 'Content-Type: application/json', '--data-binary', JSON.stringify(person))
      args.push('-w', '\n%{http_code}', encodedUrl(url))
      const { stdout } = await run('curl', args, { timeout: 20_000, encoding: 'utf8' })
      const match = /\n(\d{3})$/.exec(stdout)
      assert.ok(match?.[1] !== undefined, `no status at the end of curl's output:\n${stdout}`)
      return { status: Number(match[1]), body: stdout.slice(0, match.index) }
    }
  }
}

function httpie (configDir: string): Client {
  return {
    name: 'HTTPie',
    send: async (method, url, person) => {
      // HTTPie percent-encodes the name itself; --ignore-stdin because a test has no TTY.
      const args = ['--ignore-stdin', '--pretty=none', '--print=hb', method, url, `Authorization:Bearer ${ADMIN_KEY}`, 'Accept:application/json']
      if (person !== undefined) {
        args.push('Content-Type:application/json', `email=${person.email}`)
        if (person.comment !== null) args.push(`comment=${person.comment}`)
      }
      const { stdout } = await run('http', args, { timeout: 20_000, encoding: 'utf8', env: pythonEnv(configDir) })
      const reply = splitStatus(stdout, /^HTTP\/[\d.]+ (\d{3})/)
      return { status: reply.status, body: reply.body.slice(reply.body.search(/\r?\n\r?\n/)).trim() }
    }
  }
}

// requests percent-encodes the name itself, and json= escapes non-ASCII as \uXXXX (surrogate pairs for emoji).
const REQUESTS_SCRIPT = `
import json, sys, requests
method, url, key, body = sys.argv[1:5]
headers = {"Authorization": "Bearer " + key, "Accept": "application/json"}
kwargs = {"json": json.loads(body)} if body else {}
response = requests.request(method, url, headers=headers, timeout=15, **kwargs)
sys.stdout.buffer.write(str(response.status_code).encode() + b"\\n" + response.content)
`

function pythonRequests (configDir: string): Client {
  return {
    name: 'Python requests',
    send: async (method, url, person) => {
      const body = person === undefined ? '' : JSON.stringify(person)
      const { stdout } = await run('python3', ['-c', REQUESTS_SCRIPT, method, url, ADMIN_KEY, body], {
        timeout: 20_000,
        encoding: 'utf8',
        env: pythonEnv(configDir)
      })
      return splitStatus(stdout, /^(\d{3})\n/)
    }
  }
}

/** The URL with its last path segment (the name) percent-encoded as UTF-8. */
function encodedUrl (url: string): string {
  const slash = url.lastIndexOf('/')
  return url.slice(0, slash + 1) + encodeURIComponent(url.slice(slash + 1))
}

const CLIENTS: Array<[string, (configDir: string) => Client]> = [['curl', curl], ['HTTPie', httpie], ['Python requests', pythonRequests]]

function parsePerson (reply: Reply, expectedStatus: number): Person {
  assert.equal(reply.status, expectedStatus, reply.body)
  const envelope = JSON.parse(reply.body) as { status: string, result: Person }
  assert.equal(envelope.status, 'ok')
  return envelope.result
}

describe('real HTTP clients', () => {
  let dir: string
  let server: ServerProcess

  before(async () => {
    dir = await makeTempDir()
    server = await startServer({ databasePath: join(dir, 'db.sqlite') })
  })

  after(async () => {
    if (server !== undefined) await stopServer(server)
    await removeTempDir(dir)
  })

  for (const [label, create] of CLIENTS) {
    test(`${label} writes and reads back a CJK name and an emoji comment`, async (t: TestContext) => {
      const client = create(dir)
      if (!await isClientInstalled(client.name)) {
        if (isCi) assert.fail(`${client.name} is not installed; install it with: ${HTTP_CLIENTS[client.name].install}`)
        t.skip(`${client.name} not installed`)
        return
      }
      const name = `名前-${label.replace(' ', '-').toLowerCase()}`
      const url = `http://${HOST}:${server.port}/v1/people/${name}`

      const written = parsePerson(await client.send('PUT', url, { email: EMAIL, comment: COMMENT }), 201)
      assert.deepEqual(written, aPersonView({ name, email: EMAIL, comment: COMMENT }))

      const read = parsePerson(await client.send('GET', url), 200)
      assert.deepEqual(read, aPersonView({ name, email: EMAIL, comment: COMMENT }))
    })
  }
})
