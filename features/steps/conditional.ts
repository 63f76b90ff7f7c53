// Steps about ETags and preconditions: remembering a version, writing against it, racing for it.
import { Given, Then, When } from '@cucumber/cucumber'
import assert from 'node:assert/strict'
import type { ApiWorld } from '../support/world.ts'

function currentEtag (world: ApiWorld): string {
  const etag = world.response.headers.etag
  assert.ok(etag, 'the response has no ETag')
  return etag
}

When('I remember the ETag', function (this: ApiWorld) {
  this.rememberedEtag = currentEtag(this)
})

Given('I use an If-Match header of the remembered ETag', function (this: ApiWorld) {
  assert.ok(this.rememberedEtag, 'no ETag was remembered')
  this.headers['if-match'] = this.rememberedEtag
})

Given('I use an If-None-Match header of the remembered ETag', function (this: ApiWorld) {
  assert.ok(this.rememberedEtag, 'no ETag was remembered')
  this.headers['if-none-match'] = this.rememberedEtag
})

Given('I send no preconditions', function (this: ApiWorld) {
  delete this.headers['if-match']
  delete this.headers['if-none-match']
})

Then('the ETag should be the remembered one', function (this: ApiWorld) {
  assert.equal(currentEtag(this), this.rememberedEtag)
})

Then('the ETag should not be the remembered one', function (this: ApiWorld) {
  assert.notEqual(currentEtag(this), this.rememberedEtag)
})

When('{int} clients PUT different emails to {string} at once, each with the remembered ETag', async function (this: ApiWorld, count: number, path: string) {
  const responses = await Promise.all(Array.from({ length: count }, (_, index) =>
    this.send('PUT', path, JSON.stringify({ email: `writer-${index}@example.com` }))))
  this.raceStatuses = responses.map(response => response.status)
})

Then('exactly {int} of them should get {string} and the rest {string}', function (this: ApiWorld, winners: number, winStatus: string, loseStatus: string) {
  const won = this.raceStatuses.filter(status => status === Number(winStatus)).length
  const lost = this.raceStatuses.filter(status => status === Number(loseStatus)).length
  assert.equal(won, winners, `statuses: ${this.raceStatuses.join(' ')}`)
  assert.equal(won + lost, this.raceStatuses.length, `statuses: ${this.raceStatuses.join(' ')}`)
})

Given('I use an If-Match header of the remembered ETag, made weak', function (this: ApiWorld) {
  assert.ok(this.rememberedEtag, 'no ETag was remembered')
  this.headers['if-match'] = `W/${this.rememberedEtag}`
})

// In-process only: a server already running keeps the settings it was started with.
Given('the API requires a precondition on every write', async function (this: ApiWorld) {
  await this.restartApp({ requirePreconditions: true })
})
