// Steps about v2's errors: every one must be RFC 9457 problem details of a documented type.
import { Then } from '@cucumber/cucumber'
import { Ajv } from 'ajv'
import assert from 'node:assert/strict'
import { Problem } from '../../src/responses/problem-details.ts'
import type { ApiWorld } from '../support/world.ts'

const isProblem = new Ajv({ strict: false }).compile(Problem)

Then('the response should be a problem of type {string} with status {int}', function (this: ApiWorld, type: string, status: number) {
  assert.equal(this.response.status, status, this.response.text)
  assert.match(this.response.headers['content-type'] ?? '', /^application\/problem\+json/)
  const problem = JSON.parse(this.response.text) as unknown
  assert.ok(isProblem(problem), `not problem details: ${this.response.text} ${JSON.stringify(isProblem.errors)}`)
  assert.equal(problem.type, type)
  assert.equal(problem.status, status)
  assert.equal(problem.instance, this.lastPath.split('?')[0])
})
