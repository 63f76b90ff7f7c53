// Checks which capabilities a key's capabilities grant, admin above all.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { CAPABILITIES, grants } from '../../src/auth/capabilities.ts'
import type { Capability } from '../../src/auth/capabilities.ts'

test('names the capabilities of the contract, and metrics for scrapers', () => {
  assert.deepEqual([...CAPABILITIES].sort(), ['admin', 'metrics', 'people:delete', 'people:read', 'people:write'])
})

test('a capability grants itself', () => {
  for (const capability of CAPABILITIES) assert.equal(grants([capability], capability), true, capability)
})

test('a people or metrics capability grants no other capability', () => {
  const lesser: Capability[] = ['people:read', 'people:write', 'people:delete', 'metrics']
  for (const held of lesser) {
    for (const needed of CAPABILITIES) {
      if (needed !== held) assert.equal(grants([held], needed), false, `${held} must not grant ${needed}`)
    }
  }
})

test('admin grants every capability', () => {
  for (const needed of CAPABILITIES) assert.equal(grants(['admin'], needed), true, needed)
})

test('admin among other capabilities still grants every capability', () => {
  for (const needed of CAPABILITIES) assert.equal(grants(['people:read', 'admin'], needed), true, needed)
})

test('every other capability together does not grant admin', () => {
  assert.equal(grants(['people:read', 'people:write', 'people:delete', 'metrics'], 'admin'), false)
})

test('no capabilities grant nothing', () => {
  for (const needed of CAPABILITIES) assert.equal(grants([], needed), false, needed)
})

test('several capabilities grant each of them and nothing more', () => {
  const held: Capability[] = ['people:read', 'people:write']
  assert.equal(grants(held, 'people:read'), true)
  assert.equal(grants(held, 'people:write'), true)
  assert.equal(grants(held, 'people:delete'), false)
})
