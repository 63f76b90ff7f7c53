// Runs the real server on SQLite on a small tmpfs and fills it: writes answer 507 in each version's format, reads go on, /ready says so, and writes resume by themselves once there is room.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { closeSync, openSync, writeSync } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from 'node:test'
import type { TestContext } from 'node:test'
import { promisify } from 'node:util'
import { ADMIN_KEY, HOST, makeTempDir, removeTempDir, startServer, stopServer } from './server-process.ts'
import type { ServerProcess } from './server-process.ts'

const run = promisify(execFile)
const DISK_SIZE = '2m'
const COMMENT = 'a comment long enough to fill pages quickly '.repeat(20)
const headers = { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json', 'content-type': 'application/json' }
const STORE_FULL = 'The store has no room for this write; reads still work, so try the write again later'

/** Mounts a tmpfs of its own on `disk`; false where mounting is not allowed (not root, or a container without the capability). */
async function mountSmallDisk (t: TestContext, disk: string): Promise<boolean> {
  try {
    await run('mount', ['-t', 'tmpfs', '-o', `size=${DISK_SIZE}`, 'tmpfs', disk])
    return true
  } catch (error) {
    const why = `mounting a ${DISK_SIZE} tmpfs is not allowed here (${String((error as { stderr?: string }).stderr ?? error).trim()})`
    // CI runs as root on machines that allow it: there a skip would hide a broken test.
    if (process.env.CI === 'true') throw new Error(`${why}; CI must be able to run this test`)
    t.skip(`${why}; run as root to check a full disk`)
    return false
  }
}

/** Fills what is left of the disk with one file, to the last byte it takes. */
function fillDisk (path: string): void {
  const fd = openSync(path, 'w')
  try {
    for (const size of [64 * 1024, 4096, 512, 1]) {
      const chunk = Buffer.alloc(size)
      try {
        for (;;) writeSync(fd, chunk)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error
      }
    }
  } finally {
    closeSync(fd)
  }
}

async function put (server: ServerProcess, version: 'v1' | 'v2', name: string): Promise<Response> {
  return await fetch(`http://${HOST}:${server.port}/${version}/people/${name}`, { method: 'PUT', headers, body: JSON.stringify({ email: `${name}@example.com`, comment: COMMENT }) })
}

async function get (server: ServerProcess, path: string): Promise<Response> {
  return await fetch(`http://${HOST}:${server.port}${path}`, { headers })
}

test('a full disk: 507 in each version\'s format, reads go on, /ready says read-only, and writes resume once there is room', async (t) => {
  const dir = await makeTempDir()
  const disk = join(dir, 'disk')
  await mkdir(disk)
  const started: { server?: ServerProcess, isMounted?: boolean } = {}
  // In this order: the server lets go of its files, then the disk can go, then the directory.
  t.after(async () => {
    if (started.server !== undefined) await stopServer(started.server)
    if (started.isMounted === true) await run('umount', [disk])
    await removeTempDir(dir)
  })
  started.isMounted = await mountSmallDisk(t, disk)
  if (!started.isMounted) return
  const server = started.server = await startServer({ databasePath: join(disk, 'blueprint.sqlite'), env: { LOG_LEVEL: 'info' } })

  const acknowledged: string[] = []
  for (const name of ['ann', 'bob', 'cleo']) {
    assert.equal((await put(server, 'v1', name)).status, 201)
    acknowledged.push(name)
  }
  // A first list makes the secret that signs cursors, the one write a list may need.
  assert.equal((await get(server, '/v2/people?limit=1')).status, 200)
  const filler = join(disk, 'filler')
  fillDisk(filler)

  // Writes go on while the log still has room in its pages; then the store is full.
  let refused: Response | undefined
  for (let i = 0; i < 500 && refused === undefined; i++) {
    const response = await put(server, 'v1', `writer-${i}`)
    if (response.status === 507) refused = response
    else {
      assert.equal(response.status, 201, await response.text())
      acknowledged.push(`writer-${i}`)
    }
  }
  assert.ok(refused !== undefined, 'the disk never filled up')
  assert.deepEqual(await refused.json(), { status: 'error', message: STORE_FULL })
  const v2 = await put(server, 'v2', 'dora')
  assert.equal(v2.status, 507)
  assert.equal(v2.headers.get('content-type'), 'application/problem+json')
  assert.deepEqual(await v2.json(), { type: '/docs#problem-store-full', title: 'The store is full', status: 507, detail: STORE_FULL, instance: '/v2/people/dora' })
  for (let i = 0; i < 10; i++) assert.equal((await put(server, 'v1', 'eve')).status, 507)

  for (const name of acknowledged) assert.equal((await get(server, `/v1/people/${name}`)).status, 200, name)
  assert.equal((await get(server, '/v2/people?limit=100')).status, 200)
  const ready = await get(server, '/ready')
  assert.equal(ready.status, 200)
  assert.deepEqual(await ready.json(), { status: 'ok', result: { store: 'read-only' } })

  await rm(filler)
  assert.equal((await put(server, 'v1', 'eve')).status, 201)
  acknowledged.push('eve')
  assert.deepEqual(await (await get(server, '/ready')).json(), { status: 'ok', result: { store: 'ok' } })
  for (const name of acknowledged) assert.equal((await get(server, `/v1/people/${name}`)).status, 200, name)

  // SIGTERM, so that the server flushes its log before it exits.
  server.child.kill('SIGTERM')
  assert.deepEqual(await server.exited, { code: 0, signal: null }, server.output())
  const lines = server.output().split('\n').filter(line => line.trim() !== '').map(line => {
    try {
      return JSON.parse(line) as Record<string, unknown>
    } catch {
      throw new assert.AssertionError({ message: `a line that is not JSON: ${line}` })
    }
  })
  // One warning when the store filled up and one line when it took writes again: not a stack per refused write.
  assert.deepEqual(lines.filter(line => line.dependency === 'store').map(line => `${String(line.level)} ${String(line.state)}`), ['40 read-only', '30 ok'])
  assert.deepEqual(lines.filter(line => Number(line.level) >= 50), [])
  t.diagnostic(`${acknowledged.length} acknowledged writes, all readable; writes refused with 507 while full, then accepted again`)
})
