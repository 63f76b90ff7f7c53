// Steps about capability switches, flipped by an administrator through the API.
import { Then, When } from '@cucumber/cucumber'
import assert from 'node:assert/strict'
import type { ApiWorld } from '../support/world.ts'

When('an administrator switches {string} {word}', async function (this: ApiWorld, name: string, state: string) {
  assert.ok(state === 'on' || state === 'off', `switch "${name}" on or off, not ${state}`)
  const response = await this.arrange('PUT', `/admin/switches/${name}`, { enabled: state === 'on' })
  const { result } = JSON.parse(response.text) as { result: { enabled: boolean } }
  // The first flip in a scenario tells what to put back: the opposite of what was just set.
  if (!this.flippedSwitches.has(name)) this.flippedSwitches.set(name, !result.enabled)
})

Then('the switch {string} should be listed as {word}', function (this: ApiWorld, name: string, state: string) {
  const { result } = this.json() as { result: Array<{ name: string, enabled: boolean }> }
  const listed = result.find(entry => entry.name === name)
  assert.ok(listed, `${name} is not listed`)
  assert.equal(listed.enabled, state === 'on')
})
