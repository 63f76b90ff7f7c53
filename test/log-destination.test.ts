// Checks that log lines reach their file whole and in order: in a batch once 4 KiB wait, and all of them when the process is about to exit.
import assert from 'node:assert/strict'
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { LogDestination } from '../src/log-destination.ts'
import { waitFor } from './wait-for.ts'

function logFile (t: { after: (fn: () => void) => void }): { fd: number, text: () => string } {
  const dir = mkdtempSync(join(tmpdir(), 'log-destination-'))
  const path = join(dir, 'log')
  const fd = openSync(path, 'a')
  t.after(() => {
    closeSync(fd)
    rmSync(dir, { recursive: true })
  })
  return { fd, text: () => readFileSync(path, 'utf8') }
}

// Characters of two, three and four bytes, so that a write that ended
// inside one would show as a broken line.
const lineNumber = (n: number): string => `{"n":${n},"name":"José 日本 🙂"}\n`

test('flushSync writes the waiting lines before it returns, and every line arrives whole, once', async (t) => {
  const file = logFile(t)
  const destination = new LogDestination(file.fd)
  const lines = Array.from({ length: 500 }, (_, n) => lineNumber(n))
  for (const line of lines) destination.write(line)

  destination.flushSync()

  // The last lines were still waiting when flushSync was called. The
  // batches before them went to sonic-boom as they filled, and one of those
  // may still be on its way from Node's thread pool, to land after them.
  assert.ok(file.text().includes(lines.at(-1) ?? '-'), 'the last line is written when flushSync returns')
  const all = lines.join('')
  await waitFor('every line in the file', () => file.text().length >= all.length, 2000)
  const byNumber = (text: string): string[] => text.split('\n').filter(line => line !== '').sort((a, b) => (JSON.parse(a) as { n: number }).n - (JSON.parse(b) as { n: number }).n)
  assert.deepEqual(byNumber(file.text()), byNumber(all))
})

test('lines go out in a batch once 4 KiB of them wait, without a flush', async (t) => {
  const file = logFile(t)
  const destination = new LogDestination(file.fd)
  const lines = Array.from({ length: 160 }, (_, n) => lineNumber(n))
  for (const line of lines) destination.write(line)

  // 160 lines of about 40 characters: one batch has gone out, and the last
  // lines wait for the next.
  await waitFor('the first batch in the file', () => file.text().length > 0, 200)
  const written = file.text()
  assert.ok(written.length >= 4096 && written.length < lines.join('').length, `${written.length} characters written`)
  assert.equal(written, lines.slice(0, written.split('\n').length - 1).join(''))
  destination.flushSync()
})
