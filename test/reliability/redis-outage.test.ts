// Runs the real server while its Redis goes away for seconds and comes back: limits still hold, and everything it says is one JSON log line per change.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { TcpProxy } from '../scaling/tcp-proxy.ts'
import { waitFor } from '../wait-for.ts'
import { ADMIN_KEY, HOST, makeTempDir, removeTempDir, startServer, stopServer } from './server-process.ts'
import type { ServerProcess } from './server-process.ts'

const PER_MINUTE = 5
const OUTAGE_MS = 3000

async function redisState (server: ServerProcess): Promise<string | undefined> {
  const response = await fetch(`http://${HOST}:${server.port}/ready`)
  return (await response.json() as { result?: { redis?: string } }).result?.redis
}

async function countServed (server: ServerProcess, requests: number): Promise<number> {
  let served = 0
  for (let i = 0; i < requests; i++) {
    const response = await fetch(`http://${HOST}:${server.port}/v1/people`, { headers: { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' } })
    await response.arrayBuffer()
    if (response.status === 200) served++
    else assert.equal(response.status, 429)
  }
  return served
}

test('Redis away for seconds: the limit holds per instance, and the output is JSON lines only, one per change of state', async (t) => {
  const redisUrl = process.env.REDIS_URL
  if (redisUrl === undefined || redisUrl === '') {
    t.skip('REDIS_URL is not set; CI sets it, so there this test always runs')
    return
  }
  const target = new URL(redisUrl)
  const proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 6379) })
  await proxy.open()
  const dir = await makeTempDir()
  const server = await startServer({
    databasePath: join(dir, 'blueprint.sqlite'),
    env: { REDIS_URL: `redis://127.0.0.1:${proxy.port}`, RATE_LIMIT: String(PER_MINUTE), LOG_LEVEL: 'info' }
  })
  t.after(async () => {
    await stopServer(server)
    await proxy.cut()
    await removeTempDir(dir)
  })
  await waitFor('Redis connected', async () => await redisState(server) === 'ok', 5000)
  // Each run's admin key is the same, so its budget in Redis may be partly spent by an earlier run within the minute.
  await countServed(server, PER_MINUTE)

  await proxy.cut()
  // Long enough for ioredis to try again many times, each of which it once printed with its stack.
  await sleep(OUTAGE_MS)
  assert.equal(await redisState(server), 'unreachable')
  assert.equal(await countServed(server, 16), PER_MINUTE)

  await proxy.open()
  const back = await waitFor('Redis back', async () => await redisState(server) === 'ok', 5000)
  assert.equal(await countServed(server, 1), 0, 'counted in Redis again, where the budget is spent')
  // SIGTERM, so that the server flushes its log before it exits.
  server.child.kill('SIGTERM')
  assert.deepEqual(await server.exited, { code: 0, signal: null })

  const lines = server.output().split('\n').filter(line => line.trim() !== '')
  const notJson = lines.filter(line => { try { JSON.parse(line); return false } catch { return true } })
  assert.deepEqual(notJson, [])
  const changes = lines.map(line => JSON.parse(line) as Record<string, unknown>).filter(line => line.dependency === 'redis').map(line => line.state)
  assert.deepEqual(changes, ['ok', 'unreachable', 'ok'])
  t.diagnostic(`Redis away ${OUTAGE_MS} ms: ${PER_MINUTE} of 16 requests served meanwhile; Redis answered again ${back} ms after it came back`)
})
