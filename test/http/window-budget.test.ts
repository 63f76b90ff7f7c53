// Checks the fixed-window counts: a budget per name and window, the seconds left, a bounded map, and a reset when the window ends.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { WindowBudget } from '../../src/http/window-budget.ts'

const T0 = 1_000_000

test('a name may spend its limit in a window and is exceeded past it, each spend saying what is left', () => {
  const budget = new WindowBudget({ limit: 2, windowMs: 60_000, capacity: 100 })
  assert.deepEqual(budget.spend('key_a', T0), { remaining: 1, ttlInSeconds: 60, isExceeded: false })
  assert.deepEqual(budget.spend('key_a', T0 + 1000), { remaining: 0, ttlInSeconds: 59, isExceeded: false }, 'the limit itself is still within budget')
  assert.deepEqual(budget.spend('key_a', T0 + 30_000), { remaining: 0, ttlInSeconds: 30, isExceeded: true })
  assert.equal(budget.spend('key_a', T0 + 30_000).isExceeded, true, 'and stays exceeded')
  assert.equal(budget.spend('key_b', T0 + 30_000).isExceeded, false, 'another name has a budget of its own')
})

test('the seconds left count down to the end of the one window, rounded up', () => {
  const budget = new WindowBudget({ limit: 5, windowMs: 60_000, capacity: 100 })
  assert.equal(budget.spend('key_a', T0).ttlInSeconds, 60)
  assert.equal(budget.spend('key_b', T0 + 20_500).ttlInSeconds, 40, 'a name first seen later shares the window: its seconds are rounded up, not restarted')
  assert.equal(budget.spend('key_a', T0 + 59_999).ttlInSeconds, 1)
})

test('when the window ends every count starts again, in a new window of full length', () => {
  const budget = new WindowBudget({ limit: 1, windowMs: 60_000, capacity: 100 })
  budget.spend('key_a', T0)
  assert.equal(budget.spend('key_a', T0 + 59_999).isExceeded, true)
  assert.deepEqual(budget.spend('key_a', T0 + 60_000), { remaining: 0, ttlInSeconds: 60, isExceeded: false })
  assert.equal(budget.spend('key_a', T0 + 60_001).isExceeded, true, 'the new window counts from the spend that started it')
  assert.equal(budget.spend('key_a', T0 + 150_000).ttlInSeconds, 60, 'a window started long after the last one ended is as long as any')
})

test('secondsBlocked counts nothing, and answers 0 until the limit is spent, then the seconds left', () => {
  const budget = new WindowBudget({ limit: 2, windowMs: 60_000, capacity: 100 })
  budget.spend('192.0.2.1', T0)
  assert.equal(budget.secondsBlocked('192.0.2.1', T0 + 1000), 0)
  assert.equal(budget.secondsBlocked('192.0.2.1', T0 + 1000), 0, 'asking spent nothing')
  budget.spend('192.0.2.1', T0 + 30_000)
  assert.equal(budget.secondsBlocked('192.0.2.1', T0 + 30_000), 30)
  assert.equal(budget.secondsBlocked('192.0.2.2', T0 + 30_000), 0, 'another name is not blocked')
  assert.equal(budget.secondsBlocked('192.0.2.1', T0 + 60_000), 0, 'a new window starts afresh')
})

test('isEmpty until the first spend, and again once a look after the window has cleared the counts', () => {
  const budget = new WindowBudget({ limit: 1, windowMs: 60_000, capacity: 100 })
  assert.equal(budget.isEmpty, true)
  budget.spend('192.0.2.1', T0)
  assert.equal(budget.isEmpty, false)
  budget.secondsBlocked('192.0.2.1', T0 + 60_000)
  assert.equal(budget.isEmpty, true)
})

test('holds at most `capacity` names: a new one pushes out the longest-known, whose count starts afresh', () => {
  const budget = new WindowBudget({ limit: 1, windowMs: 60_000, capacity: 3 })
  for (const name of ['a', 'b', 'c']) budget.spend(name, T0)
  budget.spend('a', T0)
  assert.ok(budget.secondsBlocked('a', T0) > 0)
  budget.spend('d', T0)
  assert.equal(budget.secondsBlocked('a', T0), 0, 'the oldest name was not forgotten')
  for (const name of ['b', 'c', 'd']) assert.ok(budget.secondsBlocked(name, T0) > 0, name)
  assert.equal(budget.spend('a', T0).isExceeded, false, 'a forgotten name counts from one again')
})

test('a name counted again is not new: it pushes nobody out', () => {
  const budget = new WindowBudget({ limit: 5, windowMs: 60_000, capacity: 2 })
  budget.spend('a', T0)
  budget.spend('b', T0)
  budget.spend('b', T0)
  assert.equal(budget.spend('a', T0).remaining, 3, 'a was forgotten when b was counted a second time')
})
