// Checks the per-address counts: a budget per group and window, a bounded map, and a reset when the window ends.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { AddressBudget } from '../../src/http/address-budget.ts'

const T0 = 1_000_000

test('an address may spend its limit in a window, then is exceeded until the window ends', () => {
  const budget = new AddressBudget({ limit: 2, windowMs: 60_000, capacity: 100 })
  assert.deepEqual(budget.spend('192.0.2.1', T0), { remaining: 1, ttlInSeconds: 60, isExceeded: false })
  assert.equal(budget.spend('192.0.2.1', T0 + 1000).isExceeded, false)
  assert.deepEqual(budget.spend('192.0.2.1', T0 + 30_000), { remaining: 0, ttlInSeconds: 30, isExceeded: true })
  assert.equal(budget.secondsBlocked('192.0.2.1', T0 + 30_000), 30)
  assert.equal(budget.secondsBlocked('192.0.2.2', T0 + 30_000), 0, 'another address is not blocked')
  assert.equal(budget.secondsBlocked('192.0.2.1', T0 + 60_000), 0, 'a new window starts afresh')
  assert.equal(budget.spend('192.0.2.1', T0 + 60_000).isExceeded, false)
})

test('the addresses of one IPv6 /64 share one budget', () => {
  const budget = new AddressBudget({ limit: 3, windowMs: 60_000, capacity: 100 })
  for (let host = 1; host <= 3; host++) budget.spend(`2001:db8:1:2::${host}`, T0)
  assert.equal(budget.spend('2001:db8:1:2::99', T0).isExceeded, true)
  assert.equal(budget.spend('2001:db8:1:3::1', T0).isExceeded, false)
})

test('holds at most `capacity` groups: a new one pushes out the longest-known', () => {
  const budget = new AddressBudget({ limit: 1, windowMs: 60_000, capacity: 3 })
  for (const address of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) budget.spend(address, T0)
  assert.ok(budget.secondsBlocked('10.0.0.1', T0) > 0)
  budget.spend('10.0.0.4', T0)
  assert.equal(budget.secondsBlocked('10.0.0.1', T0), 0, 'the oldest group was not forgotten')
  for (const address of ['10.0.0.2', '10.0.0.3', '10.0.0.4']) assert.ok(budget.secondsBlocked(address, T0) > 0, address)
})
