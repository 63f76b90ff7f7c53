// Steps about the people in the store, arranged and checked through the API itself.
import { Given, Then, When } from '@cucumber/cucumber'
import assert from 'node:assert/strict'
import type { ApiWorld } from '../support/world.ts'
import { valueAtPath } from '../support/json-path.ts'

// Scenes are arranged and checked through v1, whichever version a scenario is about:
// both serve one store, and v1's envelope is what these steps read.
function personPath (name: string): string {
  return `/v1/people/${encodeURIComponent(name)}`
}

// Through the API rather than the database, so the step also works against a live server.
Given('I have an empty database', async function (this: ApiWorld) {
  for (;;) {
    const page = JSON.parse((await this.arrange('GET', '/v1/people?limit=100')).text) as { result: Array<{ name: string }> }
    if (page.result.length === 0) return
    for (const { name } of page.result) await this.arrange('DELETE', personPath(name))
  }
})

Given('a person {string} with the email {string}', async function (this: ApiWorld, name: string, email: string) {
  await this.arrange('PUT', personPath(name), { email })
})

Given('a person {string} with the email {string} and the comment {string}', async function (this: ApiWorld, name: string, email: string, comment: string) {
  await this.arrange('PUT', personPath(name), { email, comment })
})

Given('there are {int} people named {string} to {string}', async function (this: ApiWorld, count: number, first: string, last: string) {
  const names = Array.from({ length: count }, (_, index) => `person-${String(index + 1).padStart(3, '0')}`)
  assert.equal(names[0], first, 'the first name does not follow the person-001 pattern')
  assert.equal(names.at(-1), last, 'the last name does not follow the person-001 pattern')
  for (const name of names) await this.arrange('PUT', personPath(name), { email: `${name}@example.com` })
})

/** The person as stored now, read as an administrator, whatever the scenario's own key may do. */
async function storedPerson (world: ApiWorld, name: string): Promise<unknown> {
  return valueAtPath(JSON.parse((await world.arrange('GET', personPath(name))).text), 'result')
}

Then('the person {string} should have the email {string}', async function (this: ApiWorld, name: string, email: string) {
  assert.equal(valueAtPath(await storedPerson(this, name), 'email'), email)
})

Then('the person {string} should have the comment {string}', async function (this: ApiWorld, name: string, comment: string) {
  assert.equal(valueAtPath(await storedPerson(this, name), 'comment'), comment)
})

Then('the person {string} should have no comment', async function (this: ApiWorld, name: string) {
  assert.equal(valueAtPath(await storedPerson(this, name), 'comment'), null)
})

Then('the person {string} should not exist', async function (this: ApiWorld, name: string) {
  const response = await this.client.send({ method: 'GET', path: this.url(personPath(name)), headers: { authorization: `Bearer ${this.adminKey}`, accept: 'application/json' } })
  assert.equal(response.status, 404)
})

Then('the names on the page should be {string}', function (this: ApiWorld, names: string) {
  const page = this.json() as { result: Array<{ name: string }> }
  assert.deepEqual(page.result.map(person => person.name), names.split(', '))
})

Given('a person {string} with the email {string} and the comment:', async function (this: ApiWorld, name: string, email: string, comment: string) {
  await this.arrange('PUT', personPath(name), { email, comment })
})

When('I add a person whose name is {int} emoji', async function (this: ApiWorld, count: number) {
  await this.request('PUT', `people/${encodeURIComponent('😀'.repeat(count))}`, JSON.stringify({ email: 'e@example.com' }))
})

When('I send a PUT request to {string} with a comment of {int} emoji', async function (this: ApiWorld, path: string, count: number) {
  await this.request('PUT', path, JSON.stringify({ email: 'e@example.com', comment: '🍵'.repeat(count) }))
})

Given('there is no longer a person {string}', async function (this: ApiWorld, name: string) {
  await this.arrange('DELETE', personPath(name))
})
