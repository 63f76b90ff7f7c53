// axios, ky and undici, set up as sessions that send Content-Type: application/json on every request, work the real server through trailing slashes, YAML and ETags.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import axios from 'axios'
import ky from 'ky'
import { Agent, request } from 'undici'
import type { Dispatcher } from 'undici'
import { parse as parseYaml } from 'yaml'
import { aDraft, aPersonView } from '../people.ts'
import { ADMIN_KEY, HOST, makeTempDir, removeTempDir, startServer, stopServer } from '../reliability/server-process.ts'
import type { ServerProcess } from '../reliability/server-process.ts'
import { waitFor } from '../wait-for.ts'

interface Reply {
  status: number
  headers: Record<string, string>
  text: string
}

interface SendOptions {
  /** Sent as JSON, with the session's Content-Type. */
  json?: unknown
  headers?: Record<string, string>
}

/** A client library configured once, as a script would: base URL, key and Content-Type for every request. */
interface Session {
  send: (method: string, path: string, options?: SendOptions) => Promise<Reply>
}

type SessionFactory = (baseUrl: string, key: string) => Session

// The habit under test: a header set for the whole session, so GET and DELETE carry it with no body.
const sessionHeaders = (key: string): Record<string, string> => ({ authorization: `Bearer ${key}`, 'content-type': 'application/json' })

function axiosSession (baseUrl: string, key: string): Session {
  const instance = axios.create({
    baseURL: baseUrl,
    headers: sessionHeaders(key),
    validateStatus: () => true,
    // The text as sent: the test parses JSON and YAML itself.
    responseType: 'text',
    transformResponse: [(data: unknown) => data]
  })
  return {
    async send (method, path, { json, headers } = {}) {
      const response = await instance.request({ method, url: path, ...(json === undefined ? {} : { data: json }), ...(headers === undefined ? {} : { headers }) })
      return { status: response.status, headers: lowerCased(response.headers), text: String(response.data) }
    }
  }
}

function kySession (baseUrl: string, key: string): Session {
  const instance = ky.extend({ baseUrl, headers: sessionHeaders(key), throwHttpErrors: false, retry: 0 })
  return {
    async send (method, path, { json, headers } = {}) {
      const response = await instance(path, { method, ...(json === undefined ? {} : { json }), ...(headers === undefined ? {} : { headers }) })
      return { status: response.status, headers: Object.fromEntries(response.headers), text: await response.text() }
    }
  }
}

function undiciSession (baseUrl: string, key: string): Session {
  // An interceptor adds the session's headers to every request the agent dispatches.
  const withSessionHeaders = (dispatch: Dispatcher['dispatch']): Dispatcher['dispatch'] => (options, handler) =>
    dispatch({ ...options, headers: { ...sessionHeaders(key), ...options.headers as Record<string, string> | undefined } }, handler)
  const agent = new Agent().compose(withSessionHeaders)
  return {
    async send (method, path, { json, headers } = {}) {
      const response = await request(new URL(path, baseUrl), {
        method: method as Dispatcher.HttpMethod,
        dispatcher: agent,
        ...(headers === undefined ? {} : { headers }),
        ...(json === undefined ? {} : { body: JSON.stringify(json) })
      })
      return { status: response.statusCode, headers: lowerCased(response.headers), text: await response.body.text() }
    }
  }
}

function lowerCased (headers: object): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), String(value)]))
}

function parseOk (reply: Reply, status: number): unknown {
  assert.equal(reply.status, status, reply.text)
  return JSON.parse(reply.text)
}

const CLIENTS: Array<[string, SessionFactory]> = [['axios', axiosSession], ['ky', kySession], ['undici', undiciSession]]

describe('npm HTTP clients with session-wide headers', () => {
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

  for (const [label, open] of CLIENTS) {
    test(`${label}: a person written, read as YAML, patched as plain JSON with the YAML ETag, and deleted, every URL with a trailing slash`, async () => {
      const session = open(baseUrl, ADMIN_KEY)
      const url = `/v1/people/${encodeURIComponent(`名前-${label}`)}/`
      const json = { accept: 'application/json' }

      const written = parseOk(await session.send('PUT', url, { json: aDraft({ comment: 'first' }), headers: json }), 201) as { result: unknown }
      assert.deepEqual(written.result, aPersonView({ name: `名前-${label}`, comment: 'first' }))

      const asYaml = await session.send('GET', url, { headers: { accept: 'text/yaml' } })
      assert.equal(asYaml.status, 200, asYaml.text)
      assert.match(asYaml.headers['content-type'] ?? '', /^application\/yaml\b/)
      assert.deepEqual((parseYaml(asYaml.text) as { result: unknown }).result, aPersonView({ name: `名前-${label}`, comment: 'first' }))
      const yamlTag = asYaml.headers.etag ?? ''
      assert.notEqual(yamlTag, '')

      const asJson = await session.send('GET', url, { headers: json })
      assert.notEqual(asJson.headers.etag, yamlTag, 'JSON and YAML are different representations')

      const patched = parseOk(await session.send('PATCH', url, { json: { comment: 'second' }, headers: { ...json, 'if-match': yamlTag } }), 200) as { result: unknown }
      assert.deepEqual(patched.result, aPersonView({ name: `名前-${label}`, comment: 'second' }))
      const stale = await session.send('PATCH', url, { json: { comment: 'third' }, headers: { ...json, 'if-match': yamlTag } })
      assert.equal(stale.status, 412, 'the tag read before the patch no longer matches')

      parseOk(await session.send('DELETE', url, { headers: json }), 200)
      assert.equal((await session.send('GET', url, { headers: json })).status, 404, 'the person is gone')
    })

    test(`${label}: a key created and revoked through /admin/keys/, the revocation sent with the session's Content-Type and no body`, async () => {
      const session = open(baseUrl, ADMIN_KEY)
      const created = parseOk(await session.send('POST', '/admin/keys/', { json: { name: label, capabilities: ['people:read'] } }), 201) as { result: { id: string, key: string, capabilities: string[] } }
      assert.deepEqual(created.result.capabilities, ['people:read'])

      // ky's default Accept is */*: v2 answers it with JSON.
      const reader = open(baseUrl, created.result.key)
      const page = parseOk(await reader.send('GET', '/v2/people/'), 200) as { items: unknown[] }
      assert.ok(Array.isArray(page.items))

      parseOk(await session.send('DELETE', `/admin/keys/${created.result.id}/`), 200)
      await waitFor('the revoked key refused', async () => (await reader.send('GET', '/v2/people/')).status === 401, 5000)
    })
  }
})
