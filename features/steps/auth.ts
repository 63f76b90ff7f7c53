// Steps about who the client is: its key, its capabilities, and the keys an admin manages.
import { Given, When } from '@cucumber/cucumber'
import type { ApiWorld } from '../support/world.ts'

async function useNewKey (world: ApiWorld, capabilities: string[]): Promise<void> {
  const response = await world.arrange('POST', '/admin/keys', { name: 'scenario', capabilities })
  const { result } = JSON.parse(response.text) as { result: { id: string, key: string } }
  world.key = result.key
  world.lastCreatedKey = result
}

Given('I am a valid API user', async function (this: ApiWorld) {
  await useNewKey(this, ['people:read', 'people:write', 'people:delete'])
})

Given('I am an API user with the capabilities {string}', async function (this: ApiWorld, capabilities: string) {
  await useNewKey(this, capabilities.split(/,\s*/))
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

When('an administrator revokes my key', async function (this: ApiWorld) {
  if (this.lastCreatedKey === undefined) throw new Error('No key was created in this scenario')
  await this.arrange('DELETE', `/admin/keys/${this.lastCreatedKey.id}`)
})

When('I use the key I was given', function (this: ApiWorld) {
  const created = JSON.parse(this.response.text) as { result: { key: string, id: string } }
  this.key = created.result.key
  this.lastCreatedKey = created.result
})

Given('I write the scheme of my Authorization header as {string}', function (this: ApiWorld, scheme: string) {
  if (this.key === undefined) throw new Error('No key to send yet')
  this.headers.authorization = `${scheme} ${this.key}`
})
