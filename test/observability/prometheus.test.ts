// Debian's Prometheus against the app: promtool lints the exposition and the alert rules, and a real Prometheus scrapes a running app with deploy/prometheus's config.
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { parse, stringify } from 'yaml'
import { buildApp } from '../../src/app.ts'
import { openSqliteStore } from '../../src/storage/sqlite/index.ts'
import { findFreePort } from '../reliability/server-process.ts'
import { hasTools, OPERATOR_TOOLS } from '../optional-parts.ts'
import { waitFor } from '../wait-for.ts'
import { issueKey } from '../keys.ts'

const [PROMETHEUS, PROMTOOL] = OPERATOR_TOOLS.Prometheus.paths
const DEPLOY = resolve(import.meta.dirname, '../../deploy/prometheus')
const ADMIN_KEY = 'prometheus-test-admin-key-of-32-characters'
const asAdmin = { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' }

function promtool (args: string[], input?: string): { status: number | null, output: string } {
  const result = spawnSync(PROMTOOL, args, { cwd: DEPLOY, input, encoding: 'utf8', timeout: 30_000 })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

async function makeMetricsKey (app: FastifyInstance): Promise<string> {
  return (await issueKey(app, ADMIN_KEY, 'prometheus', ['metrics'])).key
}

async function startApp () {
  const store = openSqliteStore(':memory:')
  const app = await buildApp({ store, adminKey: ADMIN_KEY })
  await app.listen({ host: '127.0.0.1', port: 0 })
  return { app, store, port: (app.server.address() as AddressInfo).port }
}

test('promtool finds nothing wrong in the exposition of an app that has answered requests', async (t) => {
  if (!hasTools(t, 'Prometheus')) return
  const store = openSqliteStore(':memory:')
  // The log output as npm start's would report it, once it has dropped lines.
  const app = await buildApp({ store, adminKey: ADMIN_KEY, rateLimit: 3, logOutput: { isFailing: true, droppedLines: 12 } })
  t.after(() => app.close())
  // Scraped with a key of its own: the admin key is about to use up its rate limit.
  const scraper = await makeMetricsKey(app)
  // A key in use that expires, listed by its own listing, so that the gauge of its expiry is linted too.
  const expiring = await issueKey(app, ADMIN_KEY, 'expiring', ['admin'], new Date(Date.now() + 86_400_000))
  await app.inject({ url: '/admin/keys', headers: { authorization: `Bearer ${expiring.key}`, accept: 'application/json' } })
  for (const url of ['/v1/people/fred', '/v2/people/fred', '/v1/people/fred', '/nowhere', '/health']) await app.inject({ url, headers: asAdmin })

  const exposition = (await app.inject({ url: '/metrics', headers: { authorization: `Bearer ${scraper}` } })).body
  assert.match(exposition, /blueprint_rate_limit_refusals_total [1-9]/, 'a 429 is in it')
  assert.match(exposition, /^blueprint_log_lines_dropped_total 12$/m)
  const linted = promtool(['check', 'metrics'], exposition)
  assert.equal(linted.status, 0, linted.output)
  assert.equal(linted.output, '')
})

test('the alert rules are valid, and their unit tests pass', (t) => {
  if (!hasTools(t, 'Prometheus')) return
  const checked = promtool(['check', 'rules', 'alerts.yml'])
  assert.equal(checked.status, 0, checked.output)
  assert.match(checked.output, /SUCCESS: 7 rules found/)
  const tested = promtool(['test', 'rules', 'alerts.test.yml'])
  assert.equal(tested.status, 0, tested.output)
  assert.match(tested.output, /SUCCESS/)
})

test('Prometheus, with the deploy config and a metrics-only key, scrapes the app and sees its request counter grow', { timeout: 90_000 }, async (t) => {
  if (!hasTools(t, 'Prometheus')) return
  const { app, store, port } = await startApp()
  const dir = await mkdtemp(join(tmpdir(), 'blueprint-prometheus-'))
  t.after(async () => {
    await app.close()
    await store.close()
    await rm(dir, { recursive: true, force: true })
  })

  const keyFile = join(dir, 'blueprint-metrics.key')
  await writeFile(keyFile, await makeMetricsKey(app), { mode: 0o600 })

  // The deploy config as shipped, pointed at this app, this key and this machine's pace.
  const config = parse(await readFile(join(DEPLOY, 'prometheus.yml'), 'utf8'))
  config.global = { ...config.global, scrape_interval: '1s', evaluation_interval: '1s' }
  config.rule_files = [join(DEPLOY, 'alerts.yml')]
  const [job] = config.scrape_configs
  job.static_configs = [{ targets: [`127.0.0.1:${port}`] }]
  job.authorization.credentials_file = keyFile
  const configFile = join(dir, 'prometheus.yml')
  await writeFile(configFile, stringify(config))
  const checked = promtool(['check', 'config', configFile])
  assert.equal(checked.status, 0, checked.output)

  const prometheusPort = await findFreePort()
  const prometheus = spawn(PROMETHEUS, [
    `--config.file=${configFile}`,
    `--storage.tsdb.path=${join(dir, 'data')}`,
    `--web.listen-address=127.0.0.1:${prometheusPort}`
  ], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  prometheus.stdout.on('data', (chunk: Buffer) => { output += chunk.toString() })
  prometheus.stderr.on('data', (chunk: Buffer) => { output += chunk.toString() })
  const exited = new Promise(resolve => prometheus.once('close', resolve))
  t.after(async () => {
    prometheus.kill('SIGTERM')
    await exited
  })

  async function query (expression: string): Promise<number | undefined> {
    try {
      const answer = await fetch(`http://127.0.0.1:${prometheusPort}/api/v1/query?query=${encodeURIComponent(expression)}`)
      const { data } = await answer.json() as { data: { result: Array<{ value: [number, string] }> } }
      const value = data.result[0]?.value[1]
      return value === undefined ? undefined : Number(value)
    } catch {
      // Not listening yet.
      return undefined
    }
  }

  const seen = async (expression: string, expected: number): Promise<boolean> => await query(expression) === expected
  await waitFor(`up == 1 (Prometheus said:\n${output})`, () => seen('up{job="rest-api-blueprint"}', 1), 60_000)

  const counted = 'http_requests_total{job="rest-api-blueprint",route="/v1/people/:name",status_code="404"}'
  const origin = `http://127.0.0.1:${port}`
  for (let i = 0; i < 3; i++) await fetch(`${origin}/v1/people/nobody`, { headers: asAdmin })
  await waitFor('Prometheus to see the first 3 requests', () => seen(counted, 3), 20_000)
  for (let i = 0; i < 4; i++) await fetch(`${origin}/v1/people/nobody`, { headers: asAdmin })
  await waitFor('Prometheus to see the counter grow to 7', () => seen(counted, 7), 20_000)

  const rules = await (await fetch(`http://127.0.0.1:${prometheusPort}/api/v1/rules?type=alert`)).json() as { data: { groups: Array<{ rules: Array<{ name: string }> }> } }
  assert.deepEqual(rules.data.groups.flatMap(group => group.rules.map(rule => rule.name)).sort(),
    ['BlueprintBackupMissing', 'BlueprintErrorRatioHigh', 'BlueprintInstanceNotReady', 'BlueprintKeyExpiringSoon', 'BlueprintLatencyP99High', 'BlueprintLogOutputFailing', 'BlueprintRateLimitRefusalsHigh'])
})
