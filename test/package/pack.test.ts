// Packs the package, installs it in a fresh project, and uses it there as another project would: its entry points, its types, its CLI and its steps.
import assert from 'node:assert/strict'
import { execFile, spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { HOST, findFreePort, makeTempDir, removeTempDir } from '../reliability/server-process.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const ADMIN_KEY = 'package-test-admin-key-0123456789abcdef'
// Packing builds with tsc and installing may reach the registry: minutes, not seconds, on a slow machine.
const SLOW = { timeout: 5 * 60_000 }

// The children are a new project's tools, not part of this test run.
const { NODE_TEST_CONTEXT, ...childEnv } = process.env

interface Ran {
  code: number
  output: string
}

async function run (command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Ran> {
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, { cwd, env: { ...childEnv, ...env }, maxBuffer: 64 * 1024 * 1024 })
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const failed = error as { code?: number, stdout?: string, stderr?: string }
    return { code: typeof failed.code === 'number' ? failed.code : 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` }
  }
}

async function runOk (command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<string> {
  const { code, output } = await run(command, args, cwd, env)
  assert.equal(code, 0, `${command} ${args.join(' ')} failed:\n${output}`)
  return output
}

describe('the packed package, installed in another project', SLOW, () => {
  let dir: string
  let project: string

  before(async () => {
    dir = await makeTempDir()
    project = join(dir, 'project')
    await mkdir(project)
    // prepack builds dist/ first, exactly as a publish would.
    await runOk('npm', ['pack', '--pack-destination', dir], ROOT)
    const tarball = (await readdir(dir)).find(name => name.endsWith('.tgz'))
    assert.ok(tarball, 'npm pack made no tarball')

    await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'blueprint-consumer', private: true, type: 'module' }, null, 2))
    const { devDependencies } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }
    const packages = [join(dir, tarball), `@cucumber/cucumber@${devDependencies['@cucumber/cucumber']}`]
    // From npm's cache when it holds everything; otherwise the registry fills the gaps.
    const offline = await run('npm', ['install', '--no-audit', '--no-fund', '--offline', ...packages], project)
    if (offline.code !== 0) await runOk('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...packages], project)
  })

  after(async () => {
    await removeTempDir(dir)
  })

  test('imports each entry point by its package name', async () => {
    const script = `
      const library = await import('rest-api-blueprint')
      const client = await import('rest-api-blueprint/client')
      console.log(JSON.stringify({
        library: [library.buildApp, library.openStore, library.chooseFormat, library.ok, library.KeyRing, library.generateKey, library.hashKey, library.SwitchBoard].map(value => typeof value),
        client: [client.createV1Client, client.createV2Client].map(value => typeof value),
        steps: import.meta.resolve('rest-api-blueprint/steps')
      }))`
    const found = JSON.parse(await runOk(process.execPath, ['--input-type=module', '--eval', script], project)) as Record<string, unknown>
    assert.deepEqual(found.library, Array(8).fill('function'))
    assert.deepEqual(found.client, ['function', 'function'])
    assert.match(String(found.steps), /node_modules\/rest-api-blueprint\/dist\/features\/index\.js$/)
  })

  test('types a consumer through the declarations it ships', async () => {
    await writeFile(join(project, 'consumer.ts'), `
import { buildApp, openStore } from 'rest-api-blueprint'
import { createV2Client } from 'rest-api-blueprint/client'
import type { ApiWorld } from 'rest-api-blueprint/steps'

const client = createV2Client({ baseUrl: 'http://localhost:5000', key: 'rab_…' })
export async function emailOf (name: string): Promise<string | undefined> {
  const { data } = await client.GET('/v2/people/{name}', { params: { path: { name } } })
  // @ts-expect-error: an email is a string, so the types are real and not any.
  const wrong: number | undefined = data?.email
  return wrong === undefined ? data?.email : undefined
}
export const parts = [buildApp, openStore]
export type World = ApiWorld
`)
    await writeFile(join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2023', strict: true, noEmit: true, skipLibCheck: true, types: [] },
      files: ['consumer.ts']
    }))
    // This repository's TypeScript: the new project has none of its own.
    await runOk(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], project)
  })

  test('serves through its CLI, and its exported steps drive that server', async () => {
    const { server, baseUrl, output } = await serve(project, join(dir, 'served.sqlite'))
    try {
      await writeConsumerFeature(project)
      const cucumber = await run('npx', ['--no-install', 'cucumber-js'], project, { BASE_URL: baseUrl, BLUEPRINT_ADMIN_KEY: ADMIN_KEY })
      assert.equal(cucumber.code, 0, cucumber.output)
      assert.match(cucumber.output, /1 scenario \(1 passed\)/)
      // The scenario's last write is on the live server, not in some app of its own.
      const wilma = await fetch(`${baseUrl}/v1/people/wilma`, { headers: { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' } })
      assert.equal(wilma.status, 200)
      // The packed checkpoint thread found its module: it warns when it fails.
      assert.doesNotMatch(output(), /SQLite checkpoints are back on the main thread/)
    } finally {
      await stopGroup(server)
    }
  })

  test("runs the README's client examples as written, saved as ES modules", async () => {
    const { server, baseUrl } = await serve(project, join(dir, 'readme.sqlite'))
    try {
      const examples = await readmeClientExamples()
      assert.equal(examples.length, 2)
      const outputs: string[] = []
      for (const [index, example] of examples.entries()) {
        const file = join(project, `readme-example-${index}.mjs`)
        await writeFile(file, example.replaceAll('http://localhost:5000', baseUrl).replaceAll("'rab_3Xq…'", `'${ADMIN_KEY}'`))
        outputs.push(await runOk(process.execPath, [file], project))
      }
      // The v1 example makes fred, lists, deletes and misses him; the v2 one misses him too, as a problem.
      assert.match(outputs[0] ?? '', /^201 \{\n\s+status: 'ok',/)
      assert.match(outputs[0] ?? '', /^fred@example\.com$/m)
      assert.ok(outputs[0]?.endsWith("200 { status: 'ok' }\n404 { status: 'error', message: 'Person does not exist' }\n"), outputs[0])
      assert.match(outputs[1] ?? '', /type: '\/docs#problem-person-not-found'/)
    } finally {
      await stopGroup(server)
    }
  })
})

/** The code blocks of the README's section on the typed client, in order. */
async function readmeClientExamples (): Promise<string[]> {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('### The typed client'), readme.indexOf('### The library'))
  return [...section.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map(([, code = '']) => code)
}

interface Served {
  server: ChildProcess
  baseUrl: string
  output: () => string
}

/** The installed package's own server, started through its command on a database file of its own. */
async function serve (project: string, databasePath: string): Promise<Served> {
  const port = await findFreePort()
  const baseUrl = `http://${HOST}:${port}`
  const server = spawn('npx', ['--no-install', 'rest-api-blueprint', 'serve'], {
    cwd: project,
    env: { ...childEnv, HOST, PORT: String(port), DATABASE_URL: `sqlite:${databasePath}`, BLUEPRINT_ADMIN_KEY: ADMIN_KEY, LOG_LEVEL: 'warn' },
    // A group of its own: npx runs the CLI in a shell, and all of them must stop together.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  server.stdout.on('data', (chunk: Buffer) => { output += chunk.toString('utf8') })
  server.stderr.on('data', (chunk: Buffer) => { output += chunk.toString('utf8') })
  try {
    await waitUntilReady(server, baseUrl, () => output)
  } catch (error) {
    await stopGroup(server)
    throw error
  }
  return { server, baseUrl, output: () => output }
}

async function writeConsumerFeature (project: string): Promise<void> {
  await mkdir(join(project, 'features'), { recursive: true })
  await writeFile(join(project, 'features', 'people.feature'), `Feature: The blueprint's steps, used from another project

  Scenario: A person is added, read and deleted, then is gone
    Given I am using version "v1"
    And I have an empty database
    And I am a valid API user
    And I use an Accept header of "application/json"
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "fred@example.com", "comment": "Likes tea 🍵"}
      """
    Then the response status should be "201"
    When I send a GET request to "people/fred"
    Then the response status should be "200"
    And the JSON at path "result.comment" should be "Likes tea 🍵"
    When I send a DELETE request to "people/fred"
    Then the response status should be "200"
    When I send a DELETE request to "people/fred"
    Then the response status should be "404"
    And the JSON at path "message" should be "Person does not exist"
    When I send a PUT request to "people/wilma" with the body:
      """
      {"email": "wilma@example.com"}
      """
    Then the response status should be "201"
`)
  // cucumber's import option takes file paths, so the package name is resolved to one here.
  await writeFile(join(project, 'cucumber.mjs'), `import { fileURLToPath } from 'node:url'

export default {
  paths: ['features/**/*.feature'],
  import: [fileURLToPath(import.meta.resolve('rest-api-blueprint/steps'))],
  strict: true
}
`)
}

async function waitUntilReady (server: ChildProcess, baseUrl: string, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the CLI exited with ${server.exitCode} before it was ready:\n${output()}`)
    const ready = await fetch(`${baseUrl}/ready`).then(response => response.ok, () => false)
    if (ready) return
    await sleep(50)
  }
  throw new Error(`the CLI's server was not ready within 30 s:\n${output()}`)
}

async function stopGroup (child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) return
  const exited = new Promise(resolve => child.once('close', resolve))
  process.kill(-child.pid, 'SIGTERM')
  await exited
}
