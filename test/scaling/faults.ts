// When PostgreSQL goes away, hangs or drops connections, every answer is a success or a 503 in the contract's format, in bounded time, and the app recovers by itself.
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { LightMyRequestResponse } from 'fastify'
import { deleteStatus, flipSwitch, get, jsonHeaders, listenerPids, startInstance, terminateBackends } from './instances.ts'
import { waitFor } from '../wait-for.ts'
import type { Cluster, Instance } from './instances.ts'
import { TcpProxy } from './tcp-proxy.ts'

const TIMEOUT_MS = 1000
// Waiting for a connection and then for one statement, each bounded by the timeout, plus room for a busy test machine.
const LONGEST_ANSWER_MS = 2 * TIMEOUT_MS + 500
const V1_UNAVAILABLE = { status: 'error', message: 'The store is unreachable; try again shortly' }
const V2_UNAVAILABLE = { type: '/docs#problem-store-unavailable', title: 'The store is unreachable', status: 503, detail: 'The store is unreachable; try again shortly' }

interface Outcome {
  url: string
  status: number
  ms: number
}

async function timed (instance: Instance, request: { method?: 'GET' | 'PUT', url: string, payload?: object }): Promise<{ response: LightMyRequestResponse, outcome: Outcome }> {
  const started = performance.now()
  const response = await instance.app.inject({ ...request, headers: jsonHeaders })
  return { response, outcome: { url: request.url, status: response.statusCode, ms: Math.round(performance.now() - started) } }
}

/** Fails unless the answer is a success, or a 503 that says the store is unreachable in the contract's format and nothing more. */
function assertSuccessOr503 (response: LightMyRequestResponse, outcome: Outcome): void {
  assert.ok(outcome.ms <= LONGEST_ANSWER_MS, `${outcome.url} took ${outcome.ms} ms`)
  if (response.statusCode < 300) return
  assert.equal(response.statusCode, 503, `${outcome.url}: ${response.statusCode} ${response.body}`)
  if (outcome.url.startsWith('/v2/')) {
    assert.equal(response.headers['content-type'], 'application/problem+json')
    assert.deepEqual(response.json(), { ...V2_UNAVAILABLE, instance: outcome.url.split('?')[0] })
  } else {
    assert.deepEqual(response.json(), V1_UNAVAILABLE)
  }
}

function tally (outcomes: Outcome[]): string {
  const counts = new Map<number, number>()
  for (const { status } of outcomes) counts.set(status, (counts.get(status) ?? 0) + 1)
  const slowest = Math.max(...outcomes.map(outcome => outcome.ms))
  return `${outcomes.length} requests: ${[...counts].sort().map(([status, count]) => `${count} × ${status}`).join(', ')}; slowest ${slowest} ms`
}

export function describeFaults (cluster: Cluster): void {
  describe('faults on PostgreSQL', () => {
    let writer: Instance

    before(async () => {
      writer = await startInstance(cluster, { name: `${cluster.schema}_faults_writer`, refreshMs: 60_000 })
      for (const name of ['ann', 'bob']) {
        const response = await writer.app.inject({ method: 'PUT', url: `/v1/people/${name}`, headers: jsonHeaders, payload: { email: `${name}@example.com` } })
        assert.ok(response.statusCode < 300, response.body)
      }
    })

    after(async () => await writer?.close())

    test('every backend of an instance killed under load: each answer is a success or a 503, and it recovers by itself', async (t) => {
      const instance = await startInstance(cluster, { name: `${cluster.schema}_load`, refreshMs: 60_000, timeoutMs: TIMEOUT_MS })
      t.after(async () => await instance.close())
      const requests = [
        { url: '/v1/people/ann' },
        { url: '/v2/people/bob' },
        { url: '/v1/people?limit=5' },
        { method: 'PUT' as const, url: '/v1/people/carol', payload: { email: 'carol@example.com' } }
      ]
      const outcomes: Outcome[] = []
      const started = performance.now()
      // Eight clients for 1.5 s at most, and 4,000 requests at most, whichever ends first.
      const isOver = (): boolean => performance.now() - started > 1500 || outcomes.length >= 4000
      const clients = Array.from({ length: 8 }, async (_, client) => {
        for (let i = client; !isOver(); i++) {
          const { response, outcome } = await timed(instance, requests[i % requests.length] ?? { url: '/ready' })
          assertSuccessOr503(response, outcome)
          outcomes.push(outcome)
        }
      })
      // Twice, so that some statements are surely in flight when their connection dies.
      let killed = 0
      for (const at of [400, 800]) {
        await new Promise(resolve => setTimeout(resolve, at - (performance.now() - started)))
        killed += await terminateBackends(cluster, `${instance.name}%`)
      }
      await Promise.all(clients)
      assert.ok(killed > 0, 'no backend was terminated')

      const recovered = await waitFor('reads succeed again', async () => (await get(instance, '/v1/people/ann')).statusCode === 200, 3000)
      const listening = await waitFor('listening again', async () => (await listenerPids(cluster, instance)).length === 1, 3000)
      t.diagnostic(`${killed} backends terminated under load; ${tally(outcomes)}; reads succeed ${recovered} ms after the load, listening again ${listening} ms after that`)
    })

    describe('through a proxy that can cut or freeze the line', () => {
      let proxy: TcpProxy
      let instance: Instance

      before(async () => {
        const server = new URL(cluster.serverUrl)
        proxy = new TcpProxy({ host: server.hostname, port: Number(server.port || 5432) })
        await proxy.open()
        const viaProxy = new URL(cluster.serverUrl)
        viaProxy.hostname = '127.0.0.1'
        viaProxy.port = String(proxy.port)
        instance = await startInstance(cluster, { name: `${cluster.schema}_proxied`, refreshMs: 60_000, timeoutMs: TIMEOUT_MS, serverUrl: viaProxy.href })
      })

      after(async () => {
        await instance?.close()
        await proxy?.cut()
      })

      async function assertUnavailable (t: { diagnostic: (message: string) => void }, label: string): Promise<void> {
        const outcomes = await Promise.all(['/ready', '/v1/people/ann', '/v2/people/ann', '/v1/people?limit=5'].map(async url => {
          const { response, outcome } = await timed(instance, { url })
          assert.equal(response.statusCode, 503, `${url} while ${label}: ${response.body}`)
          assertSuccessOr503(response, outcome)
          return outcome
        }))
        assert.equal((await get(instance, '/health')).statusCode, 200)
        t.diagnostic(`while ${label}: ${outcomes.map(({ url, ms }) => `${url} 503 in ${ms} ms`).join(', ')}`)
      }

      test('the database goes away and comes back: 503s at once, then recovery, and a switch flipped meanwhile is caught up', async (t) => {
        assert.equal((await get(instance, '/ready')).statusCode, 200)
        await proxy.cut()
        await assertUnavailable(t, 'the database is gone')
        await flipSwitch(writer, 'people.delete', false)
        t.after(async () => await flipSwitch(writer, 'people.delete', true))

        await proxy.open()
        const ready = await waitFor('ready again', async () => (await get(instance, '/ready')).statusCode === 200, 3000)
        // Polling is off (60 s), and the NOTIFY went out while nobody listened: only the refresh after reconnecting brings it.
        const caughtUp = await waitFor('switch caught up', async () => await deleteStatus(instance) === 503, 6000)
        await flipSwitch(writer, 'people.delete', true)
        const notified = await waitFor('switch on by NOTIFY', async () => await deleteStatus(instance) === 404, 1000)
        t.diagnostic(`back: ready after ${ready} ms, the switch flipped meanwhile in force after ${caughtUp} ms, a new flip by NOTIFY in ${notified} ms`)
      })

      test('the database hangs: 503 within the timeout, not a hang, then recovery', async (t) => {
        assert.equal((await get(instance, '/v1/people/ann')).statusCode, 200)
        proxy.freeze()
        await assertUnavailable(t, 'the database hangs')
        proxy.thaw()
        const recovered = await waitFor('reads succeed again', async () => (await get(instance, '/v1/people/ann')).statusCode === 200, 3000)
        t.diagnostic(`thawed: reads succeed after ${recovered} ms`)
      })
    })
  })
}
