// Checks that log lines reach their file whole and in order: in a batch once 4 KiB wait, and all of them before the process exits.
import assert from 'node:assert/strict'
import { pbkdf2, pbkdf2Sync } from 'node:crypto'
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { LogDestination } from '../src/log-destination.ts'
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
