// Checks which failures the PostgreSQL adapter reports as "the store is unavailable" (a 503), and that every other failure passes unchanged.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isUnavailable, reportingUnavailable } from '../../src/storage/postgres/unavailable.ts'
import { ConditionFailedError, StoreUnavailableError } from '../../src/storage/store.ts'

function withCode (code: string, message = 'failed'): Error {
  return Object.assign(new Error(message), { code })
}

test('counts lost connections, an unreachable or stopping server and timeouts as unavailable', () => {
  const unavailable = [
    withCode('ECONNREFUSED'), withCode('ECONNRESET'), withCode('ETIMEDOUT'), withCode('ENOTFOUND'),
    withCode('08006'), withCode('08001'), withCode('57P01'), withCode('57P02'), withCode('57P03'), withCode('57014'), withCode('53300'),
    new Error('timeout exceeded when trying to connect'),
    new Error('Connection terminated unexpectedly'),
    new Error('Query read timeout'),
    new StoreUnavailableError('gone')
  ]
  for (const error of unavailable) assert.equal(isUnavailable(error), true, `${String((error as { code?: string }).code)} ${error.message}`)
})

test('does not count a failure of the request or of the code as unavailable', () => {
  const others = [withCode('23505'), withCode('40001'), withCode('42P01'), withCode('22P02'), new TypeError('x is undefined'), 'not an error', undefined]
  for (const error of others) assert.equal(isUnavailable(error), false, String(error))
})

test('the wrapped methods turn an unavailable database into StoreUnavailableError, keeping the cause, and pass other errors unchanged', async () => {
  const terminated = withCode('57P01', 'terminating connection due to administrator command')
  const conditionFailed = new ConditionFailedError('If-Match does not hold')
  const methods = reportingUnavailable({
    async lost (): Promise<number> { throw terminated },
    async refused (): Promise<number> { throw conditionFailed },
    async works (a: number, b: number): Promise<number> { return a + b }
  })
  await assert.rejects(methods.lost(), (error: unknown) => {
    assert.ok(error instanceof StoreUnavailableError)
    assert.equal(error.cause, terminated)
    assert.doesNotMatch(error.message, /administrator/)
    return true
  })
  await assert.rejects(methods.refused(), error => error === conditionFailed)
  assert.equal(await methods.works(2, 3), 5)
})
