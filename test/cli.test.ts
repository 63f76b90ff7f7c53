// Runs the rest-api-blueprint command as a user would, against a SQLite file of its own: migrate, keys create, openapi, and its mistakes.
import assert from 'node:assert/strict'
import { execFile, spawn } from 'node:child_process'
import { cp, mkdir, readFile, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { after, before, describe, test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { hashKey } from '../src/auth/api-keys.ts'
import { CLI, cli } from './cli-process.ts'
import type { CliResult } from './cli-process.ts'
import { ADMIN_KEY, HOST, findFreePort, makeTempDir, removeTempDir } from './reliability/server-process.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OPENAPI = new URL('../openapi/', import.meta.url)

describe('the rest-api-blueprint command', () => {
  let dir: string
  let databaseUrl: string
  let databasePath: string

  before(async () => {
    dir = await makeTempDir()
    databasePath = join(dir, 'cli.sqlite')
    databaseUrl = `sqlite:${databasePath}`
  })

  after(async () => {
    await removeTempDir(dir)
  })

  function storedKeyNames (): string[] {
    const db = new DatabaseSync(databasePath, { readOnly: true })
    const names = db.prepare('SELECT name FROM api_keys ORDER BY id').all().map(row => String(row.name))
    db.close()
    return names
  }

  test('migrate applies every migration to a new store, and again finds nothing to do', async () => {
    const first = await cli(['migrate'], { DATABASE_URL: databaseUrl })
    assert.equal(first.code, 0, first.stderr)
    const db = new DatabaseSync(databasePath, { readOnly: true })
    const applied = db.prepare('SELECT name FROM schema_migrations ORDER BY version').all().map(row => String(row.name))
    db.close()
    assert.ok(applied.length >= 3, `only ${applied.join(', ')}`)
    assert.equal(first.stdout, `${applied.map(name => `Applied ${name}\n`).join('')}The store is up to date.\n`)

    const again = await cli(['migrate'], { DATABASE_URL: databaseUrl })
    assert.equal(again.code, 0, again.stderr)
    assert.equal(again.stdout, 'The store was already up to date.\n')
  })

  test('keys create prints only the key on stdout, stores only its hash, and records that the command line made it', async () => {
    const { code, stdout, stderr } = await cli(['keys', 'create', '--name', 'ci', '--capabilities', 'people:read, people:write'], { DATABASE_URL: databaseUrl })
    assert.equal(code, 0, stderr)
    assert.match(stdout, /^rab_[\w-]{43}\n$/)
    assert.match(stderr, /shown only this once/)

    const db = new DatabaseSync(databasePath, { readOnly: true })
    const rows = db.prepare("SELECT * FROM api_keys WHERE name = 'ci'").all()
    const recorded = db.prepare('SELECT actor, action, target FROM admin_events WHERE target = ?').all(String(rows[0]?.id))
    db.close()
    assert.equal(rows.length, 1)
    assert.deepEqual(recorded.map(row => ({ ...row })), [{ actor: 'command line', action: 'key.create', target: rows[0]?.id }], 'the record of changes says who made it')
    const stored = JSON.stringify(rows[0])
    assert.ok(stored.includes(hashKey(stdout.trim())), 'the hash of the printed key is not stored')
    assert.ok(!stored.includes(stdout.trim()), 'the key itself is stored')
    assert.ok(stored.includes('people:read') && stored.includes('people:write'), stored)
  })

  test('keys create --expires-at stores the time in UTC and says it; a time past or not a time is exit code 2', async () => {
    const made = await cli(['keys', 'create', '--name', 'contractor', '--capabilities', 'people:read', '--expires-at', '2099-01-01T00:30:00+01:00'], { DATABASE_URL: databaseUrl })
    assert.equal(made.code, 0, made.stderr)
    assert.match(made.stderr, /\(people:read\), until 2098-12-31T23:30:00\.000Z\. It is shown only this once/)
    for (const [time, fault] of [['2020-01-01T00:00:00Z', /--expires-at must be in the future; it is \d{4}-/], ['2099-01-31', /--expires-at must be a date and time with its offset/]] as const) {
      const refused = await cli(['keys', 'create', '--name', 'late', '--capabilities', 'people:read', '--expires-at', time], { DATABASE_URL: databaseUrl })
      assert.equal(refused.code, 2, time)
      assert.equal(refused.stdout, '')
      assert.match(refused.stderr, fault)
    }
    const db = new DatabaseSync(databasePath, { readOnly: true })
    const rows = db.prepare("SELECT name, expires_at FROM api_keys WHERE name IN ('contractor', 'late')").all()
    db.close()
    assert.deepEqual(rows.map(row => ({ ...row })), [{ name: 'contractor', expires_at: '2098-12-31T23:30:00.000Z' }])
  })

  test('keys create refuses a capability that does not exist, with exit code 2', async () => {
    const { code, stdout, stderr } = await cli(['keys', 'create', '--name', 'ci', '--capabilities', 'people:read,people:fly'], { DATABASE_URL: databaseUrl })
    assert.equal(code, 2)
    assert.equal(stdout, '')
    assert.match(stderr, /not people:fly/)
  })

  test('keys create without a name says what is missing', async () => {
    const { code, stderr } = await cli(['keys', 'create', '--capabilities', 'admin'], { DATABASE_URL: databaseUrl })
    assert.equal(code, 2)
    assert.match(stderr, /needs --name/)
  })

  test('keys create refuses a name the API would refuse, control and bidi characters included, and stores nothing', async () => {
    const before = storedKeyNames()
    for (const name of ['line\nforged', 'bell\u0007', '\u202Eevil', 'zero\u200Bwidth', ' padded']) {
      const { code, stdout, stderr } = await cli(['keys', 'create', '--name', name, '--capabilities', 'admin'], { DATABASE_URL: databaseUrl })
      assert.equal(code, 2, JSON.stringify(name))
      assert.equal(stdout, '')
      assert.match(stderr, /--name must be 1 to 100 characters, without control characters, invisible or bidi formatting characters/)
    }
    assert.deepEqual(storedKeyNames(), before)
  })

  test('openapi prints each version exactly as openapi/ holds it, v2 when none is named', async () => {
    for (const [args, file] of [[['openapi', 'v1'], 'v1.json'], [['openapi'], 'v2.json']] as const) {
      const { code, stdout, stderr } = await cli([...args])
      assert.equal(code, 0, stderr)
      assert.equal(stdout, await readFile(new URL(file, OPENAPI), 'utf8'), `${args.join(' ')} differs from openapi/${file}`)
    }
  })

  test('--help shows every command, and an unknown command or option is exit code 2', async () => {
    const help = await cli(['--help'])
    assert.equal(help.code, 0)
    for (const command of ['serve', 'migrate', 'keys create', 'openapi']) assert.ok(help.stdout.includes(command), `no ${command} in the help`)
    assert.equal((await cli(['frobnicate'])).code, 2)
    assert.equal((await cli(['openapi', 'v3'])).code, 2)
    assert.equal((await cli(['migrate', '--verbose'])).code, 2)
  })

  test('npx rest-api-blueprint runs in the repository itself, as a newcomer types it after npm ci', async () => {
    const help = await new Promise<CliResult>(resolve => {
      execFile('npx', ['rest-api-blueprint', '--help'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } }, (error, stdout, stderr) => {
        resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr })
      })
    })
    assert.equal(help.code, 0, help.stderr)
    assert.match(help.stdout, /^Usage: rest-api-blueprint <command>/)
  })

  test('the launcher runs the TypeScript sources where there is no dist/', async () => {
    // A clone that has never been built: the launcher, and the sources beside it.
    const clone = join(dir, 'clone')
    await mkdir(join(clone, 'bin'), { recursive: true })
    await cp(join(ROOT, 'bin', 'rest-api-blueprint.js'), join(clone, 'bin', 'rest-api-blueprint.js'))
    await symlink(join(ROOT, 'src'), join(clone, 'src'))
    const help = await new Promise<CliResult>(resolve => {
      execFile(process.execPath, [join(clone, 'bin', 'rest-api-blueprint.js'), '--help'], { env: { PATH: process.env.PATH ?? '' } }, (error, stdout, stderr) => {
        resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr })
      })
    })
    assert.equal(help.code, 0, help.stderr)
    assert.match(help.stdout, /^Usage: rest-api-blueprint <command>/)
  })

  test('serve answers on PORT, and SIGTERM stops it with exit code 0', async () => {
    const port = await findFreePort()
    const env = { PATH: process.env.PATH ?? '', HOST, PORT: String(port), DATABASE_URL: databaseUrl, BLUEPRINT_ADMIN_KEY: ADMIN_KEY, LOG_LEVEL: 'warn' }
    const server = spawn(process.execPath, [CLI, 'serve'], { env, stdio: 'ignore' })
    const exited = new Promise<number | null>(resolve => server.once('exit', code => resolve(code)))
    try {
      let status = 0
      // Bounded: loading the sources on a busy machine can take seconds, but not forever.
      for (let attempt = 0; attempt < 300 && status !== 200 && server.exitCode === null; attempt++) {
        status = await fetch(`http://${HOST}:${port}/ready`).then(response => response.status, () => 0)
        if (status !== 200) await sleep(100)
      }
      assert.equal(status, 200, 'the server never became ready')
    } finally {
      server.kill('SIGTERM')
    }
    assert.equal(await exited, 0)
  })

  test('a DATABASE_URL it cannot use is exit code 1, with the reason and no stack trace', async () => {
    const { code, stderr } = await cli(['migrate'], { DATABASE_URL: 'mysql://localhost/people' })
    assert.equal(code, 1)
    assert.match(stderr, /^rest-api-blueprint: DATABASE_URL must start with sqlite: or postgres:\/\//)
    assert.ok(!stderr.includes('    at '), stderr)
  })
})
