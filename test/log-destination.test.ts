// Checks that log lines reach their file whole and in order: in a batch once 4 KiB wait, all of them before the process exits; that a failing output stops neither the server nor its exit, and that what it kept comes out once it is back.
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { pbkdf2, pbkdf2Sync } from 'node:crypto'
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
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

const LINE_OF_100_BYTES = `{"level":30,"msg":"request","pad":"${'x'.repeat(63)}"}\n`
const LINES_IN_10_MIB = Math.ceil(10 * 1024 * 1024 / LINE_OF_100_BYTES.length)
const EIGHT_MIB = 8 * 1024 * 1024

// Writes 10 MiB of lines to /dev/full, where every write fails with ENOSPC
// as on a full disk, then drains and exits as start-server.ts does.
const WRITING_TO_A_FULL_DISK = `
import { openSync } from 'node:fs'
import { LogDestination } from './src/log-destination.ts'
const destination = new LogDestination(openSync('/dev/full', 'w'))
for (let n = 0; n < ${LINES_IN_10_MIB}; n++) {
  destination.write(${JSON.stringify(LINE_OF_100_BYTES)})
  if (n % 1000 === 0) await new Promise(resolve => setImmediate(resolve))
}
const started = performance.now()
await destination.drain(5000)
process.stderr.write('drained in ' + Math.round(performance.now() - started) + ' ms\\n')
process.stdout.write(JSON.stringify({ isFailing: destination.isFailing, droppedLines: destination.droppedLines }))
process.exit(0)
`

test('when the output fails, as on a full disk, the process goes on, keeps 8 MiB, says so once on stderr, drains at once and exits', { skip: !existsSync('/dev/full') && !isCi && 'no /dev/full here' }, () => {
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', WRITING_TO_A_FULL_DISK], { encoding: 'utf8', timeout: 30_000 })
  assert.equal(child.signal, null, `the process did not exit by itself:\n${child.stderr}`)
  assert.equal(child.status, 0, child.stderr)
  assert.equal(child.stderr.match(/The log output failed \(ENOSPC\)/g)?.length, 1, child.stderr)
  assert.equal(child.stderr.match(/8 MiB behind; lines are dropped/g)?.length, 1, child.stderr)
  assert.doesNotMatch(child.stderr, /takes lines again|caught up/)
  const drainedMs = Number(/drained in (\d+) ms/.exec(child.stderr)?.[1])
  assert.ok(drainedMs < 1000, `drain took ${drainedMs} ms`)
  // What was not dropped is what waits: 8 MiB, less at most one batch that did not fit.
  const { isFailing, droppedLines } = JSON.parse(child.stdout) as { isFailing: boolean, droppedLines: number }
  assert.equal(isFailing, true)
  const waitingBytes = (LINES_IN_10_MIB - droppedLines) * LINE_OF_100_BYTES.length
  assert.ok(waitingBytes <= EIGHT_MIB && waitingBytes > EIGHT_MIB - 8192, `${droppedLines} lines dropped, so ${waitingBytes} bytes waited`)
})

// Fills a log file up to the process's file size limit (ulimit -f), where
// writes fail with EFBIG as on a full disk, then frees the room as an
// operator would, by truncating it, and writes on. Prints what the file held
// before and after, and what the destination said of itself.
const WRITING_TO_A_DISK_THAT_FILLS_AND_IS_FREED = `
import { ftruncateSync, openSync, readFileSync } from 'node:fs'
import { LogDestination } from './src/log-destination.ts'
const [path, lines, beforeFull] = [process.argv[1], JSON.parse(process.argv[2]), Number(process.argv[3])]
const fd = openSync(path, 'a')
const destination = new LogDestination(fd)
for (const line of lines.slice(0, beforeFull)) destination.write(line)
destination.flush()
while (!destination.isFailing) await new Promise(resolve => setTimeout(resolve, 5))
const before = readFileSync(path)
ftruncateSync(fd, 0)
for (const line of lines.slice(beforeFull)) destination.write(line)
destination.flush()
// A drain does not wait while the output fails: the write after the
// truncation has to succeed first.
while (destination.isFailing) await new Promise(resolve => setTimeout(resolve, 5))
await destination.drain(5000)
process.stdout.write(JSON.stringify({ before: before.toString('base64'), after: readFileSync(path).toString('base64'), isFailing: destination.isFailing, droppedLines: destination.droppedLines }))
`

test('when the disk has room again, the lines kept come out whole and in order, and stderr says the output is back', { skip: process.platform !== 'linux' && !isCi && 'ulimit -f and EFBIG are Linux\'s here' }, (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'log-destination-'))
  t.after(() => { rmSync(dir, { recursive: true }) })
  // Lines of about 37 bytes, multibyte characters among them: 500 are past
  // the 16 KiB limit, so that a write stops within a line, and perhaps
  // within a character; what follows fits in the room made.
  const lines = Array.from({ length: 800 }, (_, n) => lineNumber(n))
  const child = spawnSync('bash', ['-c', 'ulimit -f 16 && exec "$0" --input-type=module -e "$1" "$2" "$3" "$4"',
    process.execPath, WRITING_TO_A_DISK_THAT_FILLS_AND_IS_FREED, join(dir, 'log'), JSON.stringify(lines), '500'], { encoding: 'utf8', timeout: 30_000 })
  assert.equal(child.status, 0, child.stderr)
  assert.equal(child.stderr.match(/The log output failed \(EFBIG\)/g)?.length, 1, child.stderr)
  assert.equal(child.stderr.match(/The log output takes lines again\./g)?.length, 1, child.stderr)
  assert.doesNotMatch(child.stderr, /dropped/)
  const { before, after, isFailing, droppedLines } = JSON.parse(child.stdout) as { before: string, after: string, isFailing: boolean, droppedLines: number }
  assert.equal(Buffer.from(before, 'base64').length, 16 * 1024)
  // The file held the first 16 KiB; the rest followed once it was emptied,
  // from the very byte where the failed write had stopped.
  const written = Buffer.concat([Buffer.from(before, 'base64'), Buffer.from(after, 'base64')]).toString('utf8')
  assert.ok(written === lines.join(''), `${written.length} characters written of ${lines.join('').length}, ending ${JSON.stringify(written.slice(-40))}`)
  assert.deepEqual({ isFailing, droppedLines }, { isFailing: false, droppedLines: 0 })
})

// Writes 10 MiB of lines to a pipe that the test reads only once all of them
// are written: a reader that stalls, as a log shipper can.
const WRITING_TO_A_STALLED_PIPE = `
import { LogDestination } from './src/log-destination.ts'
const destination = new LogDestination(3)
for (let n = 0; n < ${LINES_IN_10_MIB}; n++) {
  destination.write(${JSON.stringify(LINE_OF_100_BYTES)})
  if (n % 1000 === 0) await new Promise(resolve => setImmediate(resolve))
}
destination.flush()
process.stderr.write('all written\\n')
await destination.drain(20_000)
process.stdout.write(JSON.stringify({ droppedLines: destination.droppedLines }))
`

test('a reader 8 MiB behind loses the lines past that, counted, and stderr says how many once it has caught up', async () => {
  const child = spawn(process.execPath, ['--input-type=module', '-e', WRITING_TO_A_STALLED_PIPE], { stdio: ['ignore', 'pipe', 'pipe', 'pipe'] })
  const [stdoutStream, stderrStream, pipe] = [child.stdio[1], child.stdio[2], child.stdio[3]] as [Readable, Readable, Readable]
  const stdout: Buffer[] = []
  const stderr: Buffer[] = []
  const received: Buffer[] = []
  stdoutStream.on('data', (chunk: Buffer) => stdout.push(chunk))
  stderrStream.on('data', (chunk: Buffer) => stderr.push(chunk))
  pipe.pause()
  const exited = once(child, 'close')
  await waitFor('every line handed to the destination', () => Buffer.concat(stderr).includes('all written'), 30_000)
  pipe.on('data', (chunk: Buffer) => received.push(chunk))
  pipe.resume()
  const [code] = await exited as [number | null]
  const said = Buffer.concat(stderr).toString('utf8')
  assert.equal(code, 0, said)
  const { droppedLines } = JSON.parse(Buffer.concat(stdout).toString('utf8')) as { droppedLines: number }
  const text = Buffer.concat(received).toString('utf8')
  assert.ok(droppedLines > 0 && droppedLines < LINES_IN_10_MIB / 2, `${droppedLines} dropped`)
  assert.equal(text, LINE_OF_100_BYTES.repeat(LINES_IN_10_MIB - droppedLines), 'every line not dropped arrived, whole')
  assert.equal(said.match(/8 MiB behind; lines are dropped/g)?.length, 1, said)
  assert.equal(said.match(/The log output caught up; (\d+) lines were dropped\./)?.[1], String(droppedLines), said)
  assert.doesNotMatch(said, /failed/)
})
