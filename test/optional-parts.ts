// What some tests need beyond Node.js 24 and npm, and whether this machine has it: those tests skip without it, and npm test's last line says so.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import type { TestContext } from 'node:test'
import { promisify } from 'node:util'

const run = promisify(execFile)

function nonEmpty (value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value
}

/** Under CI every part is installed on purpose, so a missing browser or client fails there instead of skipping. */
export const isCi = nonEmpty(process.env.CI) !== undefined

/** A PostgreSQL server for the store, scaling and feature runs on PostgreSQL; none when unset. */
export const postgresUrl = nonEmpty(process.env.TEST_POSTGRES_URL)

/** A Redis server for the shared rate limit; none when unset. */
export const redisUrl = nonEmpty(process.env.REDIS_URL)

/** Debian's Chromium, the only browser the docs test drives. */
export const CHROMIUM = '/usr/bin/chromium'

export const HTTP_CLIENTS = {
  curl: { check: ['curl', '--version'], install: 'apt-get install curl' },
  HTTPie: { check: ['http', '--version'], install: 'apt-get install httpie python3-requests' },
  'Python requests': { check: ['python3', '-c', 'import requests'], install: 'apt-get install httpie python3-requests' }
} as const

export type HttpClientName = keyof typeof HTTP_CLIENTS

export async function isClientInstalled (name: HttpClientName): Promise<boolean> {
  const [command, ...args] = HTTP_CLIENTS[name].check
  try {
    await run(command, args, { timeout: 10_000 })
    return true
  } catch {
    return false
  }
}

/** Debian's tools that operators run, which the metrics, backup and deploy tests run as they do. */
export const OPERATOR_TOOLS = {
  Prometheus: { paths: ['/usr/bin/prometheus', '/usr/bin/promtool'], install: 'apt-get install prometheus' },
  'the SQLite shell': { paths: ['/usr/bin/sqlite3'], install: 'apt-get install sqlite3' },
  'pg_dump and pg_restore': { paths: ['/usr/bin/pg_dump', '/usr/bin/pg_restore'], install: 'apt-get install postgresql-client' },
  nginx: { paths: ['/usr/sbin/nginx', '/usr/bin/openssl'], install: 'apt-get install nginx openssl' },
  'systemd-analyze': { paths: ['/usr/bin/systemd-analyze'], install: 'apt-get install systemd' },
  strace: { paths: ['/usr/bin/strace'], install: 'apt-get install strace' }
} as const

export type OperatorTool = keyof typeof OPERATOR_TOOLS

export function isToolInstalled (tool: OperatorTool): boolean {
  return OPERATOR_TOOLS[tool].paths.every(path => existsSync(path))
}

/** For a test that runs them: true when all are here; else it skips, naming how to install them, or under CI fails. */
export function hasTools (t: TestContext, ...tools: OperatorTool[]): boolean {
  const missing = tools.filter(tool => !isToolInstalled(tool))
  if (missing.length === 0) return true
  const install = missing.map(tool => OPERATOR_TOOLS[tool].install).join('; ')
  if (isCi) assert.fail(`${missing.join(' and ')} missing: ${install} (.ci/clients.sh does it)`)
  t.skip(`${missing.join(' and ')} not installed: ${install}`)
  return false
}

/** openapi-spec-validator, which comes with the Python of the project's machines; elsewhere pip installs it. */
export const PYTHON_OPENAPI_VALIDATOR = { check: ['python3', '-c', 'import openapi_spec_validator'], install: 'pip install openapi-spec-validator' } as const

export async function isPythonOpenApiValidatorInstalled (): Promise<boolean> {
  const [command, ...args] = PYTHON_OPENAPI_VALIDATOR.check
  return run(command, args, { timeout: 20_000 }).then(() => true, () => false)
}

/** The Node.js major version the project needs, as .nvmrc names it. */
export const NEEDED_NODE_MAJOR = Number(readFileSync(new URL('../.nvmrc', import.meta.url), 'utf8').trim())

export interface OlderNode {
  path: string
  version: string
}

/** A Node.js older than the project needs, on PATH or where system packages put one, to show what a newcomer with one sees. */
export async function findOlderNode (): Promise<OlderNode | undefined> {
  const directories = [...(process.env.PATH ?? '').split(delimiter), '/usr/bin', '/usr/local/bin'].filter(Boolean)
  const candidates = new Set(directories.map(directory => join(directory, 'node')).filter(existsSync).map(path => realpathSync(path)))
  for (const path of candidates) {
    const version = await run(path, ['--version'], { timeout: 10_000 }).then(({ stdout }) => stdout.trim().replace(/^v/, ''), () => '')
    if (version !== '' && Number(version.split('.')[0]) < NEEDED_NODE_MAJOR) return { path, version }
  }
  return undefined
}

export interface Skipped {
  what: string
  why: string
}

/** The parts `npm test` skips on this machine, by the very conditions the tests check. */
export async function skippedHere (): Promise<Skipped[]> {
  const skipped: Skipped[] = []
  if (postgresUrl === undefined) skipped.push({ what: 'the PostgreSQL store, scaling and feature runs', why: 'TEST_POSTGRES_URL is not set' })
  if (redisUrl === undefined) skipped.push({ what: 'the shared rate limit on Redis', why: 'REDIS_URL is not set' })
  if (!isCi && !existsSync(CHROMIUM)) skipped.push({ what: 'the docs in a browser', why: `${CHROMIUM} is not installed` })
  for (const name of Object.keys(HTTP_CLIENTS) as HttpClientName[]) {
    if (!isCi && !await isClientInstalled(name)) skipped.push({ what: `the ${name} client`, why: `${name} is not installed` })
  }
  for (const tool of Object.keys(OPERATOR_TOOLS) as OperatorTool[]) {
    if (!isCi && !isToolInstalled(tool)) skipped.push({ what: `the tests that run ${tool}`, why: `${OPERATOR_TOOLS[tool].install} to have it` })
  }
  if (!isCi && !await isPythonOpenApiValidatorInstalled()) skipped.push({ what: 'the Python OpenAPI validator', why: 'openapi-spec-validator is not installed for python3' })
  if (await findOlderNode() === undefined) skipped.push({ what: 'the older Node.js checks', why: `no Node.js older than ${NEEDED_NODE_MAJOR} is on this machine` })
  return skipped
}
