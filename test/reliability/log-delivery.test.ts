// Starts the real server and checks that request lines, written in batches, still reach the log at once on a quiet server.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { waitFor } from '../wait-for.ts'
import { HOST, makeTempDir, removeTempDir, startServer, stopServer } from './server-process.ts'

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
