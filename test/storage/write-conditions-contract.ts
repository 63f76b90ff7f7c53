// The Store contract for conditional writes: a write's condition is checked in the same step as the write.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { versionOf } from '../../src/storage/conditions.ts'
import { ConditionFailedError } from '../../src/storage/store.ts'
import type { Person, PutResult, Store } from '../../src/storage/store.ts'
import { aDraft } from '../people.ts'

const FRED = aDraft({ email: 'fred@example.com', comment: 'likes tea' })
const CHANGED = aDraft({ email: 'fred@example.org' })
const WRITERS = 64

/** Splits settled writes into the ones that went ahead and checks that every other one failed its condition. */
export function winnersOf<T> (outcomes: Array<PromiseSettledResult<T>>): T[] {
  const winners: T[] = []
  for (const outcome of outcomes) {
    if (outcome.status === 'fulfilled') winners.push(outcome.value)
    else assert.ok(outcome.reason instanceof ConditionFailedError, `expected ConditionFailedError, got ${String(outcome.reason)}`)
  }
  return winners
}

/** Registers the tests inside describeStoreContract; `current` answers that test's freshly opened store. */
export function describeWriteConditions (current: () => Store): void {
  describe('write conditions', () => {
    test('put, update and remove go ahead when ifMatch lists the current version', async () => {
      const store = current()
      const { person } = await store.people.put('fred', FRED)
      const replaced = await store.people.put('fred', CHANGED, { ifMatch: ['not-a-version', versionOf(person)] })
      assert.equal(replaced.created, false)
      assert.equal(replaced.person.email, CHANGED.email)
      const updated = await store.people.update('fred', { comment: 'new' }, { ifMatch: [versionOf(replaced.person)] })
      assert.ok(updated !== undefined)
      assert.equal(updated.comment, 'new')
      assert.equal(await store.people.remove('fred', { ifMatch: [versionOf(updated)] }), true)
      assert.equal(await store.people.find('fred'), undefined)
    })

    test('a stale ifMatch version fails put, update and remove, and changes nothing', async () => {
      const store = current()
      const { person: first } = await store.people.put('fred', FRED)
      const { person: now } = await store.people.put('fred', CHANGED)
      const stale = { ifMatch: [versionOf(first)] }
      await assert.rejects(store.people.put('fred', FRED, stale), ConditionFailedError)
      await assert.rejects(store.people.update('fred', { comment: 'lost' }, stale), ConditionFailedError)
      await assert.rejects(store.people.remove('fred', stale), ConditionFailedError)
      assert.deepEqual(await store.people.find('fred'), now)
    })

    test("ifMatch '*' requires the person to exist", async () => {
      const store = current()
      await assert.rejects(store.people.put('fred', FRED, { ifMatch: '*' }), ConditionFailedError)
      assert.equal(await store.people.find('fred'), undefined)
      await store.people.put('fred', FRED)
      assert.equal((await store.people.put('fred', CHANGED, { ifMatch: '*' })).created, false)
      assert.equal((await store.people.update('fred', { comment: 'x' }, { ifMatch: '*' }))?.comment, 'x')
      assert.equal(await store.people.remove('fred', { ifMatch: '*' }), true)
    })

    test('update and remove of someone absent fail ifMatch, and otherwise answer undefined and false', async () => {
      // RFC 9110 §13.1.1: If-Match is false when there is no current representation (412, not 404).
      const store = current()
      await assert.rejects(store.people.update('nobody', { comment: 'x' }, { ifMatch: '*' }), ConditionFailedError)
      await assert.rejects(store.people.remove('nobody', { ifMatch: ['some-version'] }), ConditionFailedError)
      assert.equal(await store.people.update('nobody', { comment: 'x' }, { ifNoneMatch: '*' }), undefined)
      assert.equal(await store.people.remove('nobody', { ifNoneMatch: '*' }), false)
      assert.equal(await store.people.find('nobody'), undefined)
    })

    test("ifNoneMatch '*' only creates", async () => {
      const store = current()
      const { person, created } = await store.people.put('fred', FRED, { ifNoneMatch: '*' })
      assert.equal(created, true)
      await assert.rejects(store.people.put('fred', CHANGED, { ifNoneMatch: '*' }), ConditionFailedError)
      assert.deepEqual(await store.people.find('fred'), person)
    })

    test('ifNoneMatch with versions refuses the current version and allows any other', async () => {
      const store = current()
      const { person } = await store.people.put('fred', FRED)
      await assert.rejects(store.people.put('fred', CHANGED, { ifNoneMatch: [versionOf(person)] }), ConditionFailedError)
      assert.deepEqual(await store.people.find('fred'), person)
      assert.equal((await store.people.put('fred', CHANGED, { ifNoneMatch: ['not-a-version'] })).created, false)
    })

    test(`of ${WRITERS} concurrent puts holding the same version, exactly one goes ahead`, async () => {
      const store = current()
      const { person } = await store.people.put('fred', FRED)
      const ifMatch = [versionOf(person)]
      const outcomes = await Promise.allSettled(Array.from({ length: WRITERS }, async (_, i) =>
        await store.people.put('fred', aDraft({ email: `writer${i}@example.com` }), { ifMatch })))
      const winners = winnersOf(outcomes)
      assert.equal(winners.length, 1)
      assert.deepEqual(await store.people.find('fred'), winners[0]?.person)
    })

    test(`of ${WRITERS} concurrent create-only puts, exactly one creates`, async () => {
      const store = current()
      const outcomes = await Promise.allSettled(Array.from({ length: WRITERS }, async (_, i) =>
        await store.people.put('fred', aDraft({ email: `writer${i}@example.com` }), { ifNoneMatch: '*' })))
      const winners = winnersOf(outcomes)
      assert.equal(winners.length, 1)
      assert.equal(winners[0]?.created, true)
      assert.deepEqual(await store.people.find('fred'), winners[0]?.person)
    })

    test('of concurrent unconditional puts of a new name, one creates and the others replace', async () => {
      const store = current()
      const results: PutResult[] = await Promise.all(Array.from({ length: WRITERS }, async (_, i) =>
        await store.people.put('fred', aDraft({ email: `writer${i}@example.com` }))))
      assert.equal(results.filter(result => result.created).length, 1)
      const createdAt = new Set(results.map(result => result.person.createdAt))
      assert.equal(createdAt.size, 1, 'everyone replaced the one person that was created')
    })

    test('updatedAt moves forward on every write, even several within one millisecond', async () => {
      const store = current()
      let previous: Person = (await store.people.put('fred', FRED)).person
      const versions = new Set([versionOf(previous)])
      for (let i = 0; i < 20; i++) {
        const next = i % 2 === 0
          ? (await store.people.put('fred', FRED)).person
          : await store.people.update('fred', { comment: FRED.comment })
        assert.ok(next !== undefined)
        assert.ok(next.updatedAt > previous.updatedAt, `${next.updatedAt} should be after ${previous.updatedAt}`)
        versions.add(versionOf(next))
        previous = next
      }
      assert.equal(versions.size, 21, 'every write makes a new version, even when the values are the same')
      assert.deepEqual(await store.people.find('fred'), previous)
    })
  })
}
