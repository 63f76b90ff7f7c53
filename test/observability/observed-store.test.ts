// Checks the store decorator: each call passes through unchanged, is timed under its operation, and is published for tracing.
import assert from 'node:assert/strict'
import { tracingChannel } from 'node:diagnostics_channel'
import { test } from 'node:test'
import { Histogram } from '../../src/observability/histogram.ts'
import { observeStore, STORE_CHANNEL } from '../../src/observability/observed-store.ts'
import type { StoreCall } from '../../src/observability/observed-store.ts'
import { openSqliteStore } from '../../src/storage/sqlite/index.ts'
import { ConditionFailedError } from '../../src/storage/store.ts'
import { readSamples } from './samples.ts'

const DRAFT = { email: 'erin@example.com', comment: null }

test('answers and errors pass through unchanged, and every call is timed under part.method', async (t) => {
  const raw = openSqliteStore(':memory:')
  t.after(() => raw.close())
  const timings = new Histogram('store_seconds', 'Store time.', [1])
  const store = observeStore(raw, timings)

  const { created } = await store.people.put('erin', DRAFT)
  assert.equal(created, true)
  assert.equal((await store.people.find('erin'))?.email, DRAFT.email)
  await assert.rejects(store.people.put('erin', DRAFT, { ifNoneMatch: '*' }), ConditionFailedError)
  await store.ping()
  assert.equal(store.close, raw.close, 'what needs no observing is the adapter\'s own')

  const samples = readSamples(timings.exposition())
  assert.equal(samples.get('store_seconds_count{operation="people.put"}'), 2, 'a failed call is timed too')
  assert.equal(samples.get('store_seconds_count{operation="people.find"}'), 1)
  assert.equal(samples.get('store_seconds_count{operation="ping"}'), 1)
  assert.equal(samples.get('store_seconds_count{operation="keys.revision"}'), 0)
})

test('each call is published on the store channel with its operation, and its outcome', async (t) => {
  const raw = openSqliteStore(':memory:')
  const store = observeStore(raw, undefined)
  const calls = tracingChannel<unknown, StoreCall & { error?: unknown }>(STORE_CHANNEL)
  const started: string[] = []
  const failed: unknown[] = []
  const onStart = (message: unknown): void => { started.push((message as StoreCall).operation) }
  const onError = (message: unknown): void => { failed.push((message as { error?: unknown }).error) }
  calls.start.subscribe(onStart)
  calls.error.subscribe(onError)
  t.after(async () => {
    calls.start.unsubscribe(onStart)
    calls.error.unsubscribe(onError)
    await raw.close()
  })

  await store.people.put('erin', DRAFT)
  await assert.rejects(store.people.put('erin', DRAFT, { ifNoneMatch: '*' }))
  await store.keys.revision()
  assert.deepEqual(started, ['people.put', 'people.put', 'keys.revision'])
  assert.equal(failed.length, 1)
  assert.ok(failed[0] instanceof ConditionFailedError)
})
