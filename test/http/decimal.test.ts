// Checks decimal(): the same text as a template writes for a number, without leaving strings in V8's old generation.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import v8 from 'node:v8'
import { runInNewContext } from 'node:vm'
import { decimal } from '../../src/http/decimal.ts'

v8.setFlagsFromString('--expose-gc')
const collectAll = runInNewContext('gc') as () => void

const oldGenerationBytes = (): number =>
  v8.getHeapSpaceStatistics().find(space => space.space_name === 'old_space')?.space_used_size ?? 0

/** What the old generation grew by while `write` turned 200,000 durations that no request repeats into text. */
function oldGrowthWriting (write: (value: number) => string): number {
  let length = 0
  collectAll()
  const before = oldGenerationBytes()
  for (let i = 0; i < 200_000; i++) length += write(i / 100 + 0.001).length
  assert.ok(length > 0)
  return oldGenerationBytes() - before
}

test('decimal writes what a template writes, for counts, durations and times', () => {
  for (const value of [0, 7, 59, 99_999_998, 1.25, 0.1 + 0.2, 123.45, 1_765_000_000_000, 2 ** 53]) {
    assert.equal(decimal(value), `${value}`, String(value))
  }
})

test('numbers new on every request, written by decimal, stay out of the old generation; written by a template, they fill it', () => {
  const byTemplate = oldGrowthWriting(value => `${value}`)
  const byDecimal = oldGrowthWriting(decimal)
  assert.ok(byTemplate > 2_000_000, `a template left ${byTemplate} bytes in the old generation; if V8 no longer does, decimal() has no reason left`)
  assert.ok(byDecimal < 500_000, `decimal left ${byDecimal} bytes in the old generation`)
})
