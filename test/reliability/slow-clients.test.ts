// Starts the real server with REQUEST_TIMEOUT_MS=1000 and checks that slow and silent clients are cut off while others are served.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { httpRequest, rawExchange } from '../security/real-socket.ts'
import { ADMIN_KEY, makeTempDir, removeTempDir, startServer, stopServer } from './server-process.ts'

const REQUEST_TIMEOUT_MS = 1000
// Node checks the timeouts every second (connectionsCheckingInterval), so a cut comes within about two.
const CUT_OFF_WITHIN_MS = 4000

test('the server cuts off slowloris clients, slow bodies and silent connections, and keeps serving the rest', async (t) => {
  const dir = await makeTempDir()
  const server = await startServer({ databasePath: `${dir}/db.sqlite`, env: { REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS) } })
  t.after(async () => {
    await stopServer(server)
    await removeTempDir(dir)
  })
  const { port } = server
  const started = performance.now()
  const clients = [
    // Headers a byte at a time, never finished.
    ...Array.from({ length: 30 }, async () => await rawExchange(port, 'GET /health HTTP/1.1\r\nHost: localhost\r\n', { trickle: 'X-Slow: a\r\n', intervalMs: 100, deadlineMs: 8000 })),
    // Complete headers, then a body that never arrives in full.
    ...Array.from({ length: 10 }, async () => await rawExchange(port,
      `PUT /v1/people/slow HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${ADMIN_KEY}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`,
      { trickle: ' ', intervalMs: 100, deadlineMs: 8000 })),
    // Connected, and nothing said at all.
    ...Array.from({ length: 30 }, async () => await rawExchange(port, '', { deadlineMs: 8000 }))
  ]

  for (let request = 0; request < 10; request++) {
    const answer = await httpRequest(port, { path: '/v1/people', headers: { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' }, timeoutMs: 2000 })
    assert.equal(answer.status, 200)
    await new Promise(resolve => setTimeout(resolve, 100))
  }

  const exchanges = await Promise.all(clients)
  for (const exchange of exchanges) {
    assert.ok(exchange.closed && exchange.ms < CUT_OFF_WITHIN_MS, `a slow client was still connected after ${Math.round(exchange.ms)} ms`)
    assert.ok(exchange.status === undefined || exchange.status === 408, exchange.received.slice(0, 100))
  }
  // The slow body was never taken for a write.
  const slow = await httpRequest(port, { path: '/v1/people/slow', headers: { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' } })
  assert.equal(slow.status, 404)
  t.diagnostic(`${exchanges.length} slow or silent clients cut off, the last after ${Math.round(Math.max(...exchanges.map(exchange => exchange.ms)))} ms; run took ${Math.round(performance.now() - started)} ms`)
})
