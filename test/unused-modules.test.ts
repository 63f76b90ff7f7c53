// Checks that a started server, having answered reads and writes, has not loaded what it never uses: undici, the fetch client Node.js bundles, and Fastify's own Ajv setup.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { test } from 'node:test'
import { ADMIN_KEY, findFreePort, HOST, makeTempDir, removeTempDir } from './reliability/server-process.ts'

// Starts the API as server.js does, sends it a few requests with node:http
// taken the way src/http/node-http.ts takes it, and writes to stderr which of
// the two were loaded. `before` runs first: the control imports node:http.
const startAndAsk = (before: string): string => `
${before}
const { importConfig, importServer } = await import('./src/server-modules.js')
const { readConfig } = await importConfig()
const { startServer } = await importServer()
await startServer(readConfig())
const { request } = process.getBuiltinModule('node:http')
const send = (method, path, body) => new Promise((resolve, reject) => {
  const headers = { authorization: 'Bearer ${ADMIN_KEY}', accept: 'application/json', 'content-type': 'application/json' }
  const outgoing = request({ host: process.env.HOST, port: process.env.PORT, method, path, headers }, answer => {
    answer.resume()
    answer.on('end', () => resolve(answer.statusCode))
  })
  outgoing.on('error', reject)
  outgoing.end(body)
})
const statuses = [await send('PUT', '/v1/people/fred', '{"email": "a@b.c"}'), await send('GET', '/v1/people/fred'), await send('GET', '/v2/people/nobody')]
const required = Object.keys(process.getBuiltinModule('node:module').createRequire(import.meta.url).cache)
const undici = process.moduleLoadList.some(name => name.includes('undici'))
const fastifyAjv = required.some(file => file.includes('@fastify/ajv-compiler'))
process.stderr.write(JSON.stringify({ statuses, undici, fastifyAjv }) + '\\n')
process.exit(0)
`

interface Loaded {
  undici: boolean
  fastifyAjv: boolean
}

async function loadedByAStartedServer (before: string): Promise<Loaded> {
  const directory = await makeTempDir()
  try {
    const env = {
      ...process.env,
      HOST,
      PORT: String(await findFreePort()),
      DATABASE_URL: `sqlite:${directory}/people.sqlite`,
      BLUEPRINT_ADMIN_KEY: ADMIN_KEY,
      LOG_LEVEL: 'warn'
    }
    // stdout is the log; the answer comes on stderr.
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', startAndAsk(before)], { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] })
    assert.equal(child.status, 0, child.stderr)
    const { statuses, ...loaded } = JSON.parse(child.stderr.trim().split('\n').at(-1) ?? '') as Loaded & { statuses: number[] }
    assert.deepEqual(statuses, [201, 200, 404])
    return loaded
  } finally {
    await removeTempDir(directory)
  }
}

test('a server that has answered reads and writes has loaded neither undici nor Fastify\'s own Ajv setup; one that imports node:http has loaded undici', async () => {
  assert.deepEqual(await loadedByAStartedServer(''), { undici: false, fastifyAjv: false })
  assert.equal((await loadedByAStartedServer("await import('node:http')")).undici, true)
})
