// Starts the real server and checks that request lines, written in batches, still reach the log at once on a quiet server, and that a log output that fails is said and measured while the server goes on.
import assert from 'node:assert/strict'
import { closeSync, existsSync, openSync } from 'node:fs'
import { test } from 'node:test'
import { isCi } from '../optional-parts.ts'
import { readSamples } from '../observability/samples.ts'
import { waitFor } from '../wait-for.ts'
import { ADMIN_KEY, HOST, makeTempDir, removeTempDir, startServer, stopServer } from './server-process.ts'

// The batch is 4 KiB and a line about 200 bytes: only the quarter-second flush can bring one line out.
const WITHIN_MS = 3000

test('a single request\'s log line is written without waiting for a full batch', async (t) => {
  const dir = await makeTempDir()
  const server = await startServer({ databasePath: `${dir}/db.sqlite`, env: { LOG_LEVEL: 'info' } })
  t.after(async () => {
    await stopServer(server)
    await removeTempDir(dir)
  })
  const lineOfThisRequest = (): string | undefined => server.output().split('\n')
    .find(line => line.includes('"msg":"request"') && line.includes('/health?log-delivery'))

  const answer = await fetch(`http://${HOST}:${server.port}/health?log-delivery`)
  assert.equal(answer.status, 200)
  await waitFor('the request line in the log', () => lineOfThisRequest() !== undefined, WITHIN_MS)
  assert.equal(JSON.parse(lineOfThisRequest() ?? '{}').status, 200)
})

test('a log output that fails, as a full disk under stdout, is said on stderr and in /metrics while the server goes on answering', { skip: !existsSync('/dev/full') && !isCi && 'no /dev/full here' }, async (t) => {
  const dir = await makeTempDir()
  const fullDisk = openSync('/dev/full', 'w')
  const server = await startServer({ databasePath: `${dir}/db.sqlite`, env: { LOG_LEVEL: 'info' }, stdout: fullDisk })
  closeSync(fullDisk)
  t.after(async () => {
    await stopServer(server)
    await removeTempDir(dir)
  })
  const base = `http://${HOST}:${server.port}`
  const scrape = async (): Promise<Map<string, number>> => readSamples(await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } })).text())

  assert.equal((await fetch(`${base}/health`)).status, 200)
  await waitFor('the log output failing in /metrics', async () => (await scrape()).get('blueprint_log_output_failing') === 1, WITHIN_MS)
  assert.match(server.output(), /The log output failed \(ENOSPC\)/)
  assert.equal((await scrape()).get('blueprint_log_lines_dropped_total'), 0)
  assert.equal((await fetch(`${base}/health`)).status, 200)
})
