// Checks that log lines reach their file whole and in order: in a batch once 4 KiB wait, all of them before the process exits, and that a failing output stops neither the server nor its exit.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { pbkdf2, pbkdf2Sync } from 'node:crypto'
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { LogDestination } from '../src/log-destination.ts'
import { isCi } from './optional-parts.ts'
import { waitFor } from './wait-for.ts'

/**
 * A LogDestination writing to a file of its own. The file is closed only once
 * every line handed over has been written, even when the test failed before
 * it drained: a write still on its way to a closed descriptor would fail
 * after the test, or land in whatever file took the descriptor's number.
 */
function destinationToFile (t: { after: (fn: () => Promise<void>) => void }): { destination: LogDestination, text: () => string } {
  const dir = mkdtempSync(join(tmpdir(), 'log-destination-'))
  const path = join(dir, 'log')
  const fd = openSync(path, 'a')
  const destination = new LogDestination(fd)
  t.after(async () => {
    await destination.drain(10_000)
    closeSync(fd)
    rmSync(dir, { recursive: true })
  })
  return { destination, text: () => readFileSync(path, 'utf8') }
}

// Characters of two, three and four bytes, so that a write that ended
// inside one would show as a broken line.
const lineNumber = (n: number): string => `{"n":${n},"name":"José 日本 🙂"}\n`

/**
 * Keeps every thread of Node's pool busy for about `ms`, so that a write
 * sonic-boom hands to the pool meanwhile waits behind them, as on a busy
 * machine. The pool has 4 threads unless UV_THREADPOOL_SIZE says otherwise.
 */
function occupyThreadPool (ms: number): void {
  const threads = Number(process.env.UV_THREADPOOL_SIZE ?? 4)
  const started = performance.now()
  pbkdf2Sync('calibrate', 'salt', 1000, 64, 'sha512')
  const iterations = Math.ceil(1000 * ms / Math.max(performance.now() - started, 0.01))
  for (let thread = 0; thread < threads; thread++) pbkdf2('busy', 'salt', iterations, 64, 'sha512', () => {})
}

test('drain resolves once every line is written, whole and in order, even while the thread pool is busy', async (t) => {
  const { destination, text } = destinationToFile(t)
  const lines = Array.from({ length: 500 }, (_, n) => lineNumber(n))
  occupyThreadPool(300)
  for (const line of lines) destination.write(line)

  await destination.drain(5000)

  assert.equal(text(), lines.join(''))
})

test('drain gives up after its time when the output takes nothing', async (t) => {
  const { destination, text } = destinationToFile(t)
  occupyThreadPool(1500)
  destination.write(lineNumber(1))

  const started = performance.now()
  await destination.drain(100)

  assert.ok(performance.now() - started < 1000, `drain waited ${Math.round(performance.now() - started)} ms`)
  assert.equal(text(), '')
})

test('lines go out in a batch once 4 KiB of them wait, without a flush', async (t) => {
  const { destination, text } = destinationToFile(t)
  const lines = Array.from({ length: 160 }, (_, n) => lineNumber(n))
  for (const line of lines) destination.write(line)

  // 160 lines of about 40 characters: one batch has gone out, and the last
  // lines wait for the next. A read while the batch is being written can see
  // part of it, so the wait is for 4 KiB that end with a whole line.
  await waitFor('the first batch in the file', () => text().length >= 4096 && text().endsWith('\n'), 200)
  const written = text()
  assert.ok(written.length >= 4096 && written.length < lines.join('').length, `${written.length} characters written`)
  assert.equal(written, lines.slice(0, written.split('\n').length - 1).join(''))
})

// Writes 10 MiB of lines to /dev/full, where every write fails with ENOSPC
// as on a full disk, then drains and exits as start-server.ts does.
const WRITING_TO_A_FULL_DISK = `
import { openSync } from 'node:fs'
import { LogDestination } from './src/log-destination.ts'
const destination = new LogDestination(openSync('/dev/full', 'w'))
const line = '{"level":30,"msg":"request","pad":"' + 'x'.repeat(60) + '"}\\n'
for (let n = 0; n < 10 * 1024 * 1024 / line.length; n++) {
  destination.write(line)
  if (n % 1000 === 0) await new Promise(resolve => setImmediate(resolve))
}
const started = performance.now()
await destination.drain(5000)
process.stderr.write('drained in ' + Math.round(performance.now() - started) + ' ms\\n')
process.exit(0)
`

test('when the output fails, as on a full disk, the process goes on, keeps 8 MiB, says so once on stderr, drains at once and exits', { skip: !existsSync('/dev/full') && !isCi && 'no /dev/full here' }, () => {
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', WRITING_TO_A_FULL_DISK], { encoding: 'utf8', timeout: 30_000 })
  assert.equal(child.signal, null, `the process did not exit by itself:\n${child.stderr}`)
  assert.equal(child.status, 0, child.stderr)
  assert.equal(child.stderr.match(/The log output failed \(ENOSPC\)/g)?.length, 1, child.stderr)
  assert.equal(child.stderr.match(/8 MiB behind; lines are dropped/g)?.length, 1, child.stderr)
  const drainedMs = Number(/drained in (\d+) ms/.exec(child.stderr)?.[1])
  assert.ok(drainedMs < 1000, `drain took ${drainedMs} ms`)
})
