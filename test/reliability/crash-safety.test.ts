// Kills the server with SIGKILL in the middle of a write load and checks that every acknowledged write survives a restart.
import assert from 'node:assert/strict'
import { stat } from 'node:fs/promises'
import { Agent } from 'node:http'
import { join } from 'node:path'
import { test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { aDraft } from '../people.ts'
import { personPath, readComment, send } from './http-client.ts'
import { makeTempDir, removeTempDir, startServer, stopServer } from './server-process.ts'

// Different moments of the load: during the first burst, and once it has settled in.
const KILL_POINTS_MS = [100, 250, 400, 600, 900]
const WORKERS = 16
const HOT_NAMES_PER_WORKER = 3
// Bounds the load even if the kill never came.
const MAX_WRITES_PER_WORKER = 20_000
const READERS = 16

// Each name belongs to one worker, which sends its writes one after the other
// with an increasing counter as the comment. So a name has at most one write
// whose fate is unknown (the one in flight at the kill), and only a value that
// was sent and is not older than the last acknowledged one may be stored.
interface Ledger {
  sent: Map<string, Set<number>>
  acknowledged: Map<string, number>
  acknowledgedWrites: number
  /** Anything but a 2xx or a dropped connection, or a connection dropped before the kill. */
  unexpected: string[]
}

function nameFor (worker: number, write: number): string {
  // Even writes overwrite one of a few names (UPDATE), odd writes create a new one (INSERT).
  return write % 2 === 0
    ? `crash-w${worker}-hot-${(write / 2) % HOT_NAMES_PER_WORKER}`
    : `crash-w${worker}-new-${write}`
}

async function writeUntilKilled (port: number, agent: Agent, worker: number, ledger: Ledger, isKilled: () => boolean): Promise<void> {
  for (let write = 0; write < MAX_WRITES_PER_WORKER; write++) {
    const name = nameFor(worker, write)
    const sentValues = ledger.sent.get(name) ?? new Set<number>()
    ledger.sent.set(name, sentValues.add(write))
    try {
      const reply = await send({ port, agent, method: 'PUT', path: personPath(name), body: aDraft({ email: `w${worker}@example.com`, comment: String(write) }) })
      if (reply.status !== 200 && reply.status !== 201) {
        ledger.unexpected.push(`PUT ${name} answered ${reply.status}: ${reply.body}`)
        return
      }
      ledger.acknowledged.set(name, write)
      ledger.acknowledgedWrites++
    } catch (error) {
      // After the kill every connection fails; that is the point. Before it, none may.
      if (!isKilled()) ledger.unexpected.push(`PUT ${name} failed before the kill: ${String(error)}`)
      return
    }
  }
}

async function waitFor (condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition() && Date.now() < deadline) await sleep(5)
}

interface Check {
  /** Names whose stored value breaks the rule above, with what was found. */
  lost: string[]
  /** Writes in flight at the kill that turned out to be stored: they committed but were never answered. */
  unansweredButStored: number
}

async function checkStoredValues (port: number, ledger: Ledger): Promise<Check> {
  const agent = new Agent({ keepAlive: true, maxSockets: READERS })
  const names = [...ledger.sent.keys()]
  const check: Check = { lost: [], unansweredButStored: 0 }
  const readNext = async (): Promise<void> => {
    for (let name = names.pop(); name !== undefined; name = names.pop()) {
      const acknowledged = ledger.acknowledged.get(name)
      const stored = await readComment(port, agent, name)
      const value = typeof stored === 'string' ? Number(stored) : undefined
      const isSent = value !== undefined && ledger.sent.get(name)?.has(value) === true
      // A name never acknowledged may be missing (its write was in flight) but must not hold an unsent value.
      const isIntact = acknowledged === undefined
        ? stored === undefined || isSent
        : isSent && value !== undefined && value >= acknowledged
      if (!isIntact) check.lost.push(`${name}: acknowledged ${acknowledged ?? 'nothing'}, stored ${String(stored)}`)
      else if (value !== undefined && value !== acknowledged) check.unansweredButStored++
    }
  }
  try {
    await Promise.all(Array.from({ length: READERS }, readNext))
  } finally {
    agent.destroy()
  }
  return check
}

for (const killAfterMs of KILL_POINTS_MS) {
  test(`keeps every acknowledged write after a SIGKILL ${killAfterMs} ms into the load`, async (t) => {
    const dir = await makeTempDir()
    t.after(() => removeTempDir(dir))
    const databasePath = join(dir, 'db.sqlite')

    const first = await startServer({ databasePath })
    t.after(() => stopServer(first))
    const ledger: Ledger = { sent: new Map(), acknowledged: new Map(), acknowledgedWrites: 0, unexpected: [] }
    const agent = new Agent({ keepAlive: true, maxSockets: WORKERS })
    let isKilled = false
    const workers = Array.from({ length: WORKERS }, (_, worker) =>
      writeUntilKilled(first.port, agent, worker, ledger, () => isKilled))

    // The clock starts at the first acknowledged write, so that even a slow machine has a load to interrupt.
    await waitFor(() => ledger.acknowledgedWrites > 0, 5000)
    await sleep(killAfterMs)
    isKilled = true
    first.child.kill('SIGKILL')
    const exit = await first.exited
    await Promise.all(workers)
    agent.destroy()
    assert.equal(exit.signal, 'SIGKILL', 'the server died of the kill, not of something else')
    assert.deepEqual(ledger.unexpected, [], first.output())
    assert.ok(ledger.acknowledged.size > 0, 'the load wrote something before the kill')
    // Commits the kill left in the WAL, not yet copied into the database file: the restart must replay them.
    const walBytes = (await stat(`${databasePath}-wal`)).size

    // The same file, as an orchestrator would restart it: SQLite recovers from the WAL on open.
    const second = await startServer({ databasePath })
    t.after(() => stopServer(second))
    const { lost, unansweredButStored } = await checkStoredValues(second.port, ledger)

    t.diagnostic(`acknowledged writes: ${ledger.acknowledgedWrites} (${ledger.acknowledged.size} names), ` +
      `unanswered but stored: ${unansweredButStored}, WAL left by the kill: ${walBytes} bytes, lost: ${lost.length}`)
    assert.deepEqual(lost, [], 'every acknowledged write is stored with its last acknowledged value or a later one')
  })
}
