// deploy/systemd's units, checked by systemd's own analyzer, and the API run under their system call filter, which strace stands in for where systemd does not run the service.
import assert from 'node:assert/strict'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { readConfig } from '../../src/config.ts'
import { CLI } from '../cli-process.ts'
import { hasTools, OPERATOR_TOOLS } from '../optional-parts.ts'
import { findFreePort, HOST, makeTempDir, removeTempDir } from '../reliability/server-process.ts'
import { waitFor } from '../wait-for.ts'

const UNITS = new URL('../../deploy/systemd/', import.meta.url)
const API_UNIT = 'rest-api-blueprint.service'
const BACKUP_UNIT = 'rest-api-blueprint-backup.service'
const TIMER_UNIT = 'rest-api-blueprint-backup.timer'
const SERVER_ENTRY = new URL('../../src/server.js', import.meta.url).pathname
const WARM_ENTRY = new URL('../../src/warm-compile-cache.js', import.meta.url).pathname
const [SYSTEMD_ANALYZE] = OPERATOR_TOOLS['systemd-analyze'].paths
const [STRACE] = OPERATOR_TOOLS.strace.paths
const ADMIN_KEY = 'systemd-test-admin-key-0123456789abcdef'
const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }
/** The node flags of npm start, which the unit's ExecStart repeats, so that the filter is tried on the process the unit starts. */
const NPM_START_FLAGS = (scripts.start ?? '').split(' ').filter(word => word.startsWith('--'))

function unitText (name: string): string {
  return readFileSync(new URL(name, UNITS), 'utf8')
}

/** The values of one setting, in order: `Environment=` may come several times, each with several assignments. */
function settings (unit: string, name: string): string[] {
  return [...unit.matchAll(new RegExp(`^${name}=(.*)$`, 'gm'))].map(([, value]) => value ?? '')
}

/** The words of a setting that takes a list separated by spaces (Environment=, StateDirectory=), from every line that sets it. */
function listSetting (unit: string, name: string): string[] {
  return settings(unit, name).flatMap(line => line.split(' '))
}

/** The system calls systemd's @system-service set allows, its groups expanded, as systemd-analyze lists them here. */
function systemServiceCalls (): Set<string> {
  const listing = execFileSync(SYSTEMD_ANALYZE, ['syscall-filter'], { encoding: 'utf8' })
  const groups = new Map<string, string[]>()
  let group: string[] = []
  for (const line of listing.split('\n')) {
    if (line.startsWith('@')) groups.set(line.trim(), group = [])
    else if (line.trim() !== '' && !line.trim().startsWith('#')) group.push(line.trim())
  }
  const expand = (name: string): string[] => (groups.get(name) ?? []).flatMap(entry => entry.startsWith('@') ? expand(entry) : [entry])
  return new Set(expand('@system-service'))
}

describe('deploy/systemd', () => {
  test('systemd-analyze verifies the units, and rates the exposure of both services low', (t) => {
    if (!hasTools(t, 'systemd-analyze')) return
    const dir = mkdtempSync(join(tmpdir(), 'units-'))
    t.after(() => { rmSync(dir, { recursive: true }) })
    for (const name of [API_UNIT, BACKUP_UNIT, TIMER_UNIT]) {
      // The units name /usr/bin/node, where Debian's package puts it; here, the node running these tests.
      writeFileSync(join(dir, name), unitText(name).replaceAll('/usr/bin/node ', `${process.execPath} `))
    }
    const verified = spawnSync(SYSTEMD_ANALYZE, ['verify', '--man=no', ...[API_UNIT, BACKUP_UNIT, TIMER_UNIT].map(name => join(dir, name))], { encoding: 'utf8' })
    assert.equal(verified.status, 0, verified.stderr)
    assert.equal(verified.stderr, '')
    for (const [name, most] of [[API_UNIT, 2], [BACKUP_UNIT, 1]] as const) {
      const rated = spawnSync(SYSTEMD_ANALYZE, ['security', '--offline=yes', `--threshold=${most * 10}`, join(dir, name)], { encoding: 'utf8' })
      const exposure = Number(/Overall exposure level for \S+: ([\d.]+)/.exec(rated.stdout)?.[1])
      assert.ok(exposure <= most, `${name}: exposure ${exposure}, more than ${most}:\n${rated.stdout}`)
    }
  })

  test('the settings in the units are ones the API accepts, write only where the sandbox lets them, and the timer starts the backup service', () => {
    for (const name of [API_UNIT, BACKUP_UNIT]) {
      const unit = unitText(name)
      const env = Object.fromEntries(listSetting(unit, 'Environment').map(assignment => assignment.split('=', 2) as [string, string]))
      const config = readConfig(env)
      // ProtectSystem=strict leaves writable only the directories systemd makes for the unit.
      const writable = [
        ...listSetting(unit, 'StateDirectory').map(directory => `/var/lib/${directory}/`),
        ...listSetting(unit, 'CacheDirectory').map(directory => `/var/cache/${directory}`)
      ]
      assert.equal(config.databaseUrl, 'sqlite:/var/lib/rest-api-blueprint/blueprint.sqlite', name)
      // nginx on the same machine names the client; only it may.
      if (name === API_UNIT) assert.deepEqual(config.trustedProxies, [config.host], 'the API trusts nginx, on its own address')
      assert.ok(writable.includes('/var/lib/rest-api-blueprint/'), `${name} may write the store's directory`)
      assert.ok(writable.includes(env.NODE_COMPILE_CACHE ?? ''), `${name} may write its compile cache`)
    }
    const backupUnit = unitText(BACKUP_UNIT)
    const backupCommand = settings(backupUnit, 'ExecStart')[0] ?? ''
    const backupTarget = /backup "([^"]+)\/\$\(/.exec(backupCommand)?.[1]
    assert.ok(listSetting(backupUnit, 'StateDirectory').map(directory => `/var/lib/${directory}`).includes(backupTarget ?? ''),
      `the backups go to ${backupTarget}, which the backup service may write`)
    const metricsDirectory = /--metrics-file (\S+)\/[^/\s']+'/.exec(backupCommand)?.[1]
    assert.deepEqual(settings(backupUnit, 'ReadWritePaths'), [metricsDirectory], 'the metrics file goes where the backup service may write')
    const api = unitText(API_UNIT)
    const withNodeAt = (script: string | undefined): string => `/usr/bin/${script ?? ''}`
    assert.deepEqual(settings(api, 'ExecStartPre'), [withNodeAt(scripts.warm)], 'npm run warm\'s command line')
    assert.deepEqual(settings(api, 'ExecStart'), [withNodeAt(scripts.start)], 'npm start\'s command line')
    assert.ok(Number(settings(api, 'TimeoutStopSec')[0]) * 1000 > readConfig({}).shutdownTimeoutMs, 'systemd waits longer than the drain')
    // A timer with no Unit= starts the service of its own name.
    assert.deepEqual(settings(unitText(TIMER_UNIT), 'Unit'), [])
    assert.equal(TIMER_UNIT.replace(/\.timer$/, '.service'), BACKUP_UNIT)
  })

  test('under the units\' system call filter, the API warms its cache, serves, backs up and stops cleanly', { timeout: 120_000 }, async (t) => {
    if (!hasTools(t, 'systemd-analyze', 'strace')) return
    const api = unitText(API_UNIT)
    assert.deepEqual(settings(api, 'SystemCallFilter'), ['@system-service'])
    assert.deepEqual(settings(api, 'SystemCallErrorNumber'), ['EPERM'])
    // strace refuses every other call with EPERM, as seccomp would, and logs
    // each refusal. "?" lets it pass names this architecture does not have.
    const allowed = [...systemServiceCalls()].map(name => `?${name}`).join(',')
    const dir = await makeTempDir()
    t.after(() => removeTempDir(dir))
    const underFilter = (log: string, command: string[]): string[] =>
      ['-f', '--seccomp-bpf', '-qq', '-e', `trace=!${allowed}`, '-e', `inject=!${allowed}:error=EPERM`, '-o', join(dir, log), ...command]
    const warmed = spawnSync(STRACE, underFilter('warm.strace', [process.execPath, WARM_ENTRY]), { encoding: 'utf8' })
    assert.equal(warmed.status, 0, warmed.stderr)
    const port = await findFreePort()
    const env = { PATH: process.env.PATH ?? '', HOST, PORT: String(port), DATABASE_URL: `sqlite:${join(dir, 'blueprint.sqlite')}`, BLUEPRINT_ADMIN_KEY: ADMIN_KEY }
    const server = spawn(STRACE, underFilter('server.strace', [process.execPath, ...NPM_START_FLAGS, SERVER_ENTRY]), { env, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    server.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
    const exited = once(server, 'exit')
    t.after(() => { if (server.exitCode === null) server.kill('SIGKILL') })
    const base = `http://${HOST}:${port}`
    const headers = { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' }
    await waitFor('the server ready', async () => await fetch(`${base}/ready`).then(answer => answer.ok, () => false), 60_000)

    const written = await fetch(`${base}/v1/people/zoë-日本`, { method: 'PUT', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ email: 'z@example.com' }) })
    assert.equal(written.status, 201, await written.text())
    assert.equal((await fetch(`${base}/v1/people/zoë-日本`, { headers })).status, 200)
    assert.equal((await fetch(`${base}/v2/people?limit=5`, { headers })).status, 200)
    assert.equal((await fetch(`${base}/metrics`, { headers: { authorization: headers.authorization } })).status, 200)
    assert.equal((await fetch(`${base}/docs`, { headers: { accept: 'text/html' } })).status, 200)
    const backup = spawnSync(STRACE, underFilter('backup.strace', [process.execPath, CLI, 'backup', join(dir, 'backup.sqlite'), '--metrics-file', join(dir, 'backup.prom')]), { env, encoding: 'utf8' })
    assert.equal(backup.status, 0, backup.stderr)
    assert.match(backup.stdout, /^Backed up .*: 1 person, /)
    assert.match(readFileSync(join(dir, 'backup.prom'), 'utf8'), /^blueprint_backup_people 1$/m)

    // To node itself: strace, told to stop, would stop tracing, not node.
    const [nodePid] = readFileSync(`/proc/${server.pid}/task/${server.pid}/children`, 'utf8').trim().split(' ')
    process.kill(Number(nodePid), 'SIGTERM')
    // strace ends with its command's exit code.
    const [code] = await exited as [number | null]
    assert.equal(code, 0, stderr)
    // Refused calls are allowed only where Node.js has a way around them; the log names any, for the day one appears.
    const refused = ['warm.strace', 'server.strace', 'backup.strace'].flatMap(log => [...readFileSync(join(dir, log), 'utf8').matchAll(/^\d+ (\w+)\(.*INJECTED/gm)].map(([, call]) => call))
    t.diagnostic(`calls refused, and worked around: ${[...new Set(refused)].join(', ') || 'none'}`)
  })
})
