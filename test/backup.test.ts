// Backs up the SQLite store of a real server while it takes writes, checks the copy with SQLite's own shell, and restores it once the server has stopped; and does what the guide says for PostgreSQL, with pg_dump and pg_restore.
import assert from 'node:assert/strict'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { test } from 'node:test'
import type { TestContext } from 'node:test'
import { cli } from './cli-process.ts'
import { readSamples } from './observability/samples.ts'
import { hasTools, OPERATOR_TOOLS, postgresUrl } from './optional-parts.ts'
import { ADMIN_KEY, HOST, makeTempDir, removeTempDir, startServer, stopServer } from './reliability/server-process.ts'
import type { ServerProcess } from './reliability/server-process.ts'
import { dropSchema, randomSchemaName, withSchema } from './storage/postgres-schema.ts'

const [SQLITE3] = OPERATOR_TOOLS['the SQLite shell'].paths
const [PG_DUMP, PG_RESTORE] = OPERATOR_TOOLS['pg_dump and pg_restore'].paths
const asAdmin = { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' }

async function put (server: ServerProcess, name: string): Promise<number> {
  const answer = await fetch(`http://${HOST}:${server.port}/v1/people/${encodeURIComponent(name)}`, {
    method: 'PUT',
    headers: { ...asAdmin, 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${name}@example.com` })
  })
  await answer.arrayBuffer()
  return answer.status
}

async function get (server: ServerProcess, name: string, key = ADMIN_KEY): Promise<{ status: number, body: unknown }> {
  const answer = await fetch(`http://${HOST}:${server.port}/v1/people/${encodeURIComponent(name)}`, { headers: { ...asAdmin, authorization: `Bearer ${key}` } })
  return { status: answer.status, body: await answer.json() }
}

async function statusOf (server: ServerProcess, name: string): Promise<number> {
  return (await get(server, name)).status
}

function namesIn (path: string): Set<string> {
  const db = new DatabaseSync(path, { readOnly: true })
  try {
    return new Set(db.prepare('SELECT name FROM people').all().map(row => String(row.name)))
  } finally {
    db.close()
  }
}

async function storeDirectory (t: TestContext): Promise<{ dir: string, storePath: string, env: Record<string, string> }> {
  const dir = await makeTempDir()
  t.after(() => removeTempDir(dir))
  const storePath = join(dir, 'store.sqlite')
  return { dir, storePath, env: { DATABASE_URL: `sqlite:${storePath}` } }
}

test('a backup made while a server takes writes holds every write acknowledged before it began, SQLite\'s shell finds it whole, and its metrics say when, how big and how many', async (t) => {
  if (!hasTools(t, 'the SQLite shell')) return
  const { dir, storePath, env } = await storeDirectory(t)
  const server = await startServer({ databasePath: storePath })
  t.after(() => stopServer(server))

  const writing = new AbortController()
  const acknowledged: string[] = []
  const writer = (async () => {
    for (let n = 0; !writing.signal.aborted; n++) {
      if (await put(server, `person-${n}`) === 201) acknowledged.push(`person-${n}`)
    }
  })()
  while (acknowledged.length < 200) await new Promise(resolve => setTimeout(resolve, 10))
  const acknowledgedBefore = [...acknowledged]
  const backupPath = join(dir, 'backup.sqlite')
  const metricsPath = join(dir, 'backup.prom')
  const startedAt = Date.now() / 1000
  const made = await cli(['backup', backupPath, '--metrics-file', metricsPath], env)
  const acknowledgedByTheEnd = acknowledged.length
  writing.abort()
  await writer

  assert.equal(made.code, 0, made.stderr)
  const inBackup = namesIn(backupPath)
  assert.deepEqual(acknowledgedBefore.filter(name => !inBackup.has(name)), [], 'every write acknowledged before the backup began is in it')
  assert.ok(inBackup.size <= acknowledgedByTheEnd, `${inBackup.size} people in a backup of at most ${acknowledgedByTheEnd}`)
  assert.match(made.stdout, new RegExp(`^Backed up ${storePath} to ${backupPath}: ${inBackup.size} people, [\\d.]+ MiB, in [\\d.]+ s\\.\\n$`))
  assert.equal(statSync(backupPath).mode & 0o777, 0o600, 'it holds key hashes: readable by its owner only')
  assert.equal(execFileSync(SQLITE3, [backupPath, 'PRAGMA integrity_check; PRAGMA journal_mode;'], { encoding: 'utf8' }), 'ok\ndelete\n',
    'whole, and one file with no write-ahead log of its own')
  assert.equal((await cli(['backup', backupPath], env)).code, 1, 'an existing backup is never overwritten')
  assert.equal(namesIn(backupPath).size, inBackup.size)

  // What the backup tells Prometheus, through node_exporter's textfile collector.
  const samples = readSamples(readFileSync(metricsPath, 'utf8'))
  const finishedAt = samples.get('blueprint_backup_last_success_timestamp_seconds') ?? NaN
  assert.ok(finishedAt >= startedAt && finishedAt <= Date.now() / 1000, `finished at ${finishedAt}`)
  assert.equal(samples.get('blueprint_backup_size_bytes'), statSync(backupPath).size)
  assert.equal(samples.get('blueprint_backup_people'), inBackup.size)
  if (hasTools(t, 'Prometheus')) {
    const linted = spawnSync(OPERATOR_TOOLS.Prometheus.paths[1], ['check', 'metrics'], { input: readFileSync(metricsPath), encoding: 'utf8' })
    assert.equal(linted.status, 0, `${linted.stdout}${linted.stderr}`)
  }
})

test('a backup whose metrics cannot be written is still made, and says so, failing', async (t) => {
  const { dir, env } = await storeDirectory(t)
  assert.equal((await cli(['migrate'], env)).code, 0)
  const backupPath = join(dir, 'backup.sqlite')
  const metricsPath = join(dir, 'no-such-directory', 'backup.prom')
  const made = await cli(['backup', backupPath, '--metrics-file', metricsPath], env)
  assert.equal(made.code, 1)
  assert.match(made.stderr, new RegExp(`^rest-api-blueprint: The backup was made \\(${backupPath}\\), but writing its metrics to ${metricsPath} failed: ENOENT`))
  assert.equal(namesIn(backupPath).size, 0, 'the backup is there, whole')
})

test('a restore is refused while a server has the store open; once it has stopped, the server starts again on the backup\'s people', async (t) => {
  const { dir, storePath, env } = await storeDirectory(t)
  const backupPath = join(dir, 'backup.sqlite')
  let server = await startServer({ databasePath: storePath })
  t.after(() => stopServer(server))
  assert.equal(await put(server, 'alice'), 201)
  assert.equal((await cli(['backup', backupPath], env)).code, 0)
  assert.equal(await put(server, 'bob'), 201)

  const refused = await cli(['restore', backupPath], env)
  assert.equal(refused.code, 1)
  assert.equal(refused.stderr, `rest-api-blueprint: ${storePath} is open in another process, a running server perhaps: stop every server that uses it, then restore.\n`)
  assert.equal(await statusOf(server, 'bob'), 200, 'the refused restore changed nothing')

  // Killed, not stopped: the write-ahead log still holds bob, and must not be replayed over the backup.
  await stopServer(server)
  const restored = await cli(['restore', backupPath], env)
  assert.equal(restored.code, 0, restored.stderr)
  assert.match(restored.stdout, new RegExp(`^Restored ${backupPath} to ${storePath}: 1 person, `))
  server = await startServer({ databasePath: storePath })
  assert.equal(await statusOf(server, 'alice'), 200)
  assert.equal(await statusOf(server, 'bob'), 404)
})

test('a restore on a new machine, where no store exists yet, makes one the server starts on', async (t) => {
  const { dir, storePath, env } = await storeDirectory(t)
  const backupPath = join(dir, 'backup.sqlite')
  const server = await startServer({ databasePath: storePath })
  assert.equal(await put(server, 'alice'), 201)
  assert.equal((await cli(['backup', backupPath], env)).code, 0)
  await stopServer(server)

  const newStorePath = join(dir, 'new-machine', 'data', 'blueprint.sqlite')
  const restored = await cli(['restore', backupPath], { DATABASE_URL: `sqlite:${newStorePath}` })
  assert.equal(restored.code, 0, restored.stderr)
  const onNewMachine = await startServer({ databasePath: newStorePath })
  t.after(() => stopServer(onNewMachine))
  assert.equal(await statusOf(onNewMachine, 'alice'), 200)
})

test('what is not a backup is refused, and the store is left as it was', async (t) => {
  const { dir, storePath, env } = await storeDirectory(t)
  assert.equal((await cli(['migrate'], env)).code, 0)
  const store = readFileSync(storePath)
  const notABackup = join(dir, 'notes.txt')
  writeFileSync(notABackup, 'not a database, though long enough to look like one at first'.repeat(100))

  const refused = await cli(['restore', notABackup], env)
  assert.equal(refused.code, 1)
  assert.equal(refused.stderr, `rest-api-blueprint: ${notABackup} is not a backup of this API's store (file is not a database).\n`)
  assert.ok(readFileSync(storePath).equals(store))

  const missing = await cli(['restore', join(dir, 'nowhere.sqlite')], env)
  assert.equal(missing.code, 1)
  assert.match(missing.stderr, /There is no backup at /)
  const noStore = await cli(['backup', join(dir, 'copy.sqlite')], { DATABASE_URL: `sqlite:${join(dir, 'nowhere.sqlite')}` })
  assert.equal(noStore.code, 1)
  assert.match(noStore.stderr, /There is no store at /)
  assert.equal(existsSync(join(dir, 'nowhere.sqlite')), false, 'a backup of nothing does not make an empty store')

  // A directory that does not exist yet is made; one that cannot be is said in a sentence, without a stack.
  const nested = await cli(['backup', join(dir, 'backups', 'nightly', 'first.sqlite')], env)
  assert.equal(nested.code, 0, nested.stderr)
  const underAFile = await cli(['backup', join(notABackup, 'copy.sqlite')], env)
  assert.equal(underAFile.code, 1)
  assert.match(underAFile.stderr, /^rest-api-blueprint: The backup failed: E[A-Z]+: .*notes\.txt'\n$/)
})

test('backup and restore say what to use for PostgreSQL, and need one file and their own options', async () => {
  const onPostgres = await cli(['backup', 'copy.sqlite'], { DATABASE_URL: 'postgres://blueprint@db.internal/blueprint' })
  assert.equal(onPostgres.code, 1)
  assert.match(onPostgres.stderr, /PostgreSQL, which has tools of its own for this: pg_dump and pg_restore/)
  const noFile = await cli(['restore'], { DATABASE_URL: 'sqlite:store.sqlite' })
  assert.equal(noFile.code, 2)
  assert.match(noFile.stderr, /^rest-api-blueprint: restore takes one FILE\n/)
  const metricsOnRestore = await cli(['restore', 'backup.sqlite', '--metrics-file', 'x.prom'], { DATABASE_URL: 'sqlite:store.sqlite' })
  assert.equal(metricsOnRestore.code, 2)
  assert.match(metricsOnRestore.stderr, /^rest-api-blueprint: --metrics-file is for backup\n/)
})

test('on PostgreSQL, pg_dump and pg_restore as the guide gives them bring back people and keys after the schema is lost', { skip: postgresUrl === undefined && 'TEST_POSTGRES_URL is not set' }, async (t) => {
  const serverUrl = postgresUrl
  if (serverUrl === undefined || !hasTools(t, 'pg_dump and pg_restore')) return
  const schema = randomSchemaName('backup_test')
  t.after(() => dropSchema(serverUrl, schema))
  const dir = await makeTempDir()
  t.after(() => removeTempDir(dir))
  const env = { DATABASE_URL: withSchema(serverUrl, schema) }
  let server = await startServer({ databasePath: join(dir, 'unused.sqlite'), env })
  t.after(() => stopServer(server))
  assert.equal(await put(server, 'alice'), 201)
  assert.equal(await put(server, 'zoë-日本'), 201)
  const made = await fetch(`http://${HOST}:${server.port}/admin/keys`, {
    method: 'POST',
    headers: { ...asAdmin, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'reader', capabilities: ['people:read'] })
  })
  const { result: { key } } = await made.json() as { result: { key: string } }
  const before = await get(server, 'zoë-日本')
  assert.equal(before.status, 200)

  const dump = join(dir, 'blueprint.dump')
  execFileSync(PG_DUMP, ['--format=custom', `--schema=${schema}`, `--file=${dump}`, serverUrl])
  await stopServer(server)
  await dropSchema(serverUrl, schema)
  execFileSync(PG_RESTORE, [`--dbname=${serverUrl}`, dump])

  server = await startServer({ databasePath: join(dir, 'unused.sqlite'), env })
  assert.deepEqual(await get(server, 'zoë-日本', key), before, 'the same person, read with a key made before the dump')
  assert.equal(await statusOf(server, 'alice'), 200)
  assert.equal(await put(server, 'carol'), 201, 'and it takes writes')
})
