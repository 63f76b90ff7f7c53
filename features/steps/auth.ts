// Steps about who the client is: its key, its capabilities, and the keys an admin manages.
import assert from 'node:assert/strict'
import { setTimeout as sleep } from 'node:timers/promises'
import { Given, Then, When } from '@cucumber/cucumber'
import { valueAtPath } from '../support/json-path.ts'
import type { ApiWorld } from '../support/world.ts'

async function useNewKey (world: ApiWorld, capabilities: string[], expiresAt?: string): Promise<void> {
  const response = await world.arrange('POST', '/admin/keys', { name: 'scenario', capabilities, expiresAt })
  const { result } = JSON.parse(response.text) as { result: { id: string, key: string, expiresAt: string | null } }
  world.key = result.key
  world.lastCreatedKey = result
}

Given('I am a valid API user', async function (this: ApiWorld) {
  await useNewKey(this, ['people:read', 'people:write', 'people:delete'])
})

Given('I am an API user with the capabilities {string}', async function (this: ApiWorld, capabilities: string) {
  await useNewKey(this, capabilities.split(/,\s*/))
})

Given('I am a valid API user whose key expires in {int} second(s)', async function (this: ApiWorld, seconds: number) {
  await useNewKey(this, ['people:read', 'people:write', 'people:delete'], new Date(Date.now() + seconds * 1000).toISOString())
})

// Keys are listed by when they were made, to the millisecond, and then by their random ids: a moment apart, their order is known.
Given('keys named {string} were made one after another', async function (this: ApiWorld, names: string) {
  for (const name of names.split(/,\s*/)) {
    await sleep(2)
    await this.arrange('POST', '/admin/keys', { name, capabilities: ['people:read'] })
  }
})

Given('I am an administrator', function (this: ApiWorld) {
  this.key = this.adminKey
})

Given('I send no credentials', function (this: ApiWorld) {
  this.key = undefined
})

Given('I use the key {string}', function (this: ApiWorld, key: string) {
  this.key = key
})

Given('I use an Authorization header of {string}', function (this: ApiWorld, value: string) {
  this.headers.authorization = value
})

When('I send a GET request for my key', async function (this: ApiWorld) {
  if (this.lastCreatedKey === undefined) throw new Error('No key was created in this scenario')
  await this.request('GET', `/admin/keys/${this.lastCreatedKey.id}`)
})

Then('the response header {string} should name my key', function (this: ApiWorld, name: string) {
  const created = JSON.parse(this.response.text) as { result: { id: string } }
  assert.equal(this.response.headers[name.toLowerCase()], `/admin/keys/${created.result.id}`)
})

// After my key rather than from the first page: a server the suite runs against may hold keys older than the scenario's.
When('I list the keys made after mine, {int} to a page', async function (this: ApiWorld, limit: number) {
  if (this.lastCreatedKey === undefined) throw new Error('No key was created in this scenario')
  await this.request('GET', `/admin/keys?${new URLSearchParams({ limit: String(limit), after: this.lastCreatedKey.id })}`)
})

When('an administrator revokes my key', async function (this: ApiWorld) {
  if (this.lastCreatedKey === undefined) throw new Error('No key was created in this scenario')
  await this.arrange('DELETE', `/admin/keys/${this.lastCreatedKey.id}`)
})

// By this process's clock: a server whose clock runs behind it would still take the key for a moment.
When('my key has expired', async function (this: ApiWorld) {
  const expiresAt = this.lastCreatedKey?.expiresAt
  if (expiresAt === undefined || expiresAt === null) throw new Error('No key that expires was created in this scenario')
  await sleep(Math.max(0, Date.parse(expiresAt) - Date.now()) + 1)
})

When('I use the key I was given', function (this: ApiWorld) {
  const created = JSON.parse(this.response.text) as { result: { key: string, id: string, expiresAt: string | null } }
  this.key = created.result.key
  this.lastCreatedKey = created.result
})

Given('I write the scheme of my Authorization header as {string}', function (this: ApiWorld, scheme: string) {
  if (this.key === undefined) throw new Error('No key to send yet')
  this.headers.authorization = `${scheme} ${this.key}`
})

/** My key as the listing shows it, from the page answered on: a server with many keys lists a new one on a later page. */
async function listedKey (world: ApiWorld): Promise<Record<string, unknown>> {
  let page = JSON.parse(world.response.text) as { result: Array<Record<string, unknown>>, next: string | null }
  for (;;) {
    const listed = page.result.find(key => key.id === world.lastCreatedKey?.id)
    if (listed !== undefined) return listed
    if (page.next === null) throw new Error('my key is not in the list')
    page = JSON.parse((await world.arrange('GET', page.next)).text) as typeof page
  }
}

Then('my key should be listed as revoked', async function (this: ApiWorld) {
  const { revokedAt } = await listedKey(this)
  if (typeof revokedAt !== 'string' || Number.isNaN(Date.parse(revokedAt))) throw new Error(`revokedAt is ${String(revokedAt)}`)
})

Then('my key should be listed as not revoked', async function (this: ApiWorld) {
  const { revokedAt } = await listedKey(this)
  if (revokedAt !== null) throw new Error(`revokedAt is ${String(revokedAt)}`)
})

Then('the JSON at path {string} should be my key\'s id', function (this: ApiWorld, path: string) {
  assert.ok(this.lastCreatedKey !== undefined, 'No key was created in this scenario')
  assert.equal(valueAtPath(this.json(), path), this.lastCreatedKey.id)
})

Then('my key should be listed as never used', async function (this: ApiWorld) {
  const { lastUsedAt } = await listedKey(this)
  if (lastUsedAt !== null) throw new Error(`lastUsedAt is ${String(lastUsedAt)}`)
})

Then('my key should be listed as used since it was made', async function (this: ApiWorld) {
  const { lastUsedAt, createdAt } = await listedKey(this)
  if (typeof lastUsedAt !== 'string' || typeof createdAt !== 'string' || !(Date.parse(lastUsedAt) >= Date.parse(createdAt))) {
    throw new Error(`lastUsedAt is ${String(lastUsedAt)}, and the key was made at ${String(createdAt)}`)
  }
})

Then('the key names on the page should be {string}', function (this: ApiWorld, names: string) {
  const { result } = JSON.parse(this.response.text) as { result: Array<{ name: string }> }
  assert.equal(result.map(key => key.name).join(', '), names)
})

Then('no listed key should show a {string} or a {string}', function (this: ApiWorld, first: string, second: string) {
  const { result } = JSON.parse(this.response.text) as { result: Array<Record<string, unknown>> }
  for (const key of result) {
    if (first in key || second in key) throw new Error(`a listed key shows its ${first in key ? first : second}`)
  }
})
