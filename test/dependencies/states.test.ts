// The dependency states: each change logged once, at the level it deserves, with its cause in one line and never a stack.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { DependencyStates } from '../../src/dependencies/states.ts'
import { StoreUnavailableError } from '../../src/storage/store.ts'
import { captureLog, stateChanges } from '../capture-log.ts'

test('logs a change of state once, however often the same state is reported', () => {
  const log = captureLog()
  const states = new DependencyStates(log.logger)
  states.set('redis', 'connecting')
  states.set('redis', 'ok')
  for (let i = 0; i < 30; i++) states.set('redis', 'unreachable', new Error('connect ECONNREFUSED 127.0.0.1:6399'))
  states.set('redis', 'ok')
  states.set('redis', 'ok')

  assert.deepEqual(stateChanges(log.lines()), ['redis ok', 'redis unreachable', 'redis ok'])
  const [, lost, back] = log.lines()
  assert.equal(lost?.level, 40)
  assert.equal(lost?.cause, 'connect ECONNREFUSED 127.0.0.1:6399')
  assert.match(String(lost?.msg), /each instance counts rate limits on its own/)
  assert.equal(back?.level, 30)
})

test('a first report of health is not news, a first report of trouble is', () => {
  const log = captureLog()
  const states = new DependencyStates(log.logger)
  states.set('store', 'ok')
  states.set('changeFeed', 'unreachable', new Error('Connection terminated unexpectedly'))
  assert.deepEqual(stateChanges(log.lines()), ['changeFeed unreachable'])
  assert.deepEqual(states.report(), { store: 'ok', changeFeed: 'unreachable' })
})

test('the cause is the error and its causes in one line, without a stack', () => {
  const log = captureLog()
  const states = new DependencyStates(log.logger)
  const refused = new AggregateError([new Error('connect ECONNREFUSED ::1:5439'), new Error('connect ECONNREFUSED 127.0.0.1:5439')], '')
  states.set('store', 'unreachable', new StoreUnavailableError('The database cannot be reached', { cause: refused }))
  const [line] = log.lines()
  assert.equal(line?.cause, 'The database cannot be reached: connect ECONNREFUSED ::1:5439; connect ECONNREFUSED 127.0.0.1:5439')
  assert.doesNotMatch(log.text(), /\bat .*\.ts|stack/)
})
