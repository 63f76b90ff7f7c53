// The behaviour every Store adapter promises, as one suite that each adapter's test file runs.
import assert from 'node:assert/strict'
import { afterEach, beforeEach, describe, test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Capability } from '../../src/auth/capabilities.ts'
import type { Person, PutResult, Store, StoredApiKey } from '../../src/storage/store.ts'
import { aDraft } from '../people.ts'
import { describeSecrets } from './secrets-contract.ts'
import { describeWriteConditions } from './write-conditions-contract.ts'
import { BY_TEST } from '../actor.ts'

/** Orders strings by Unicode code point, which is not JavaScript's default UTF-16 unit order. */
export function compareCodePoints (a: string, b: string): number {
  const left = [...a]
  const right = [...b]
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const difference = (left[i]?.codePointAt(0) ?? 0) - (right[i]?.codePointAt(0) ?? 0)
    if (difference !== 0) return difference
  }
  return left.length - right.length
}

// Timestamps have millisecond resolution: wait long enough for the clock to move.
const CLOCK_TICK_MS = 5

const RFC_3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/

let keyCount = 0

function storedKey (capabilities: Capability[] = ['people:read']): StoredApiKey {
  keyCount += 1
  const id = `key_test${keyCount}`
  return {
    id,
    name: `key number ${keyCount}`,
    hash: `${keyCount.toString(16).padStart(8, '0')}${'ab'.repeat(28)}`,
    capabilities,
    createdAt: new Date(Date.UTC(2024, 0, 1, 0, 0, keyCount)).toISOString(),
    revokedAt: null,
    expiresAt: null,
    lastUsedAt: null
  }
}

function names (people: readonly Person[]): string[] {
  return people.map(person => person.name)
}

export function describeStoreContract (name: string, open: () => Promise<Store>): void {
  describe(`${name}: the Store contract`, () => {
    let store: Store

    beforeEach(async () => {
      store = await open()
    })

    afterEach(async () => {
      await store.close()
    })

    test('answers a ping when it is open', async () => {
      await store.ping()
    })

    describe('people', () => {
      test('put creates a person and says so', async () => {
        const { person, created } = await store.people.put('fred', aDraft({ email: 'fred@example.com', comment: 'likes tea' }))
        assert.equal(created, true)
        assert.equal(person.name, 'fred')
        assert.equal(person.email, 'fred@example.com')
        assert.equal(person.comment, 'likes tea')
        assert.match(person.createdAt, RFC_3339_UTC)
        assert.equal(person.updatedAt, person.createdAt)
        assert.deepEqual(await store.people.find('fred'), person)
      })

      test('put replaces an existing person, keeping createdAt and moving updatedAt', async () => {
        const first = await store.people.put('fred', aDraft({ email: 'fred@example.com', comment: 'likes tea' }))
        await sleep(CLOCK_TICK_MS)
        const { person, created } = await store.people.put('fred', aDraft({ email: 'fred@example.org', comment: null }))
        assert.equal(created, false)
        assert.equal(person.email, 'fred@example.org')
        assert.equal(person.comment, null)
        assert.equal(person.createdAt, first.person.createdAt)
        assert.ok(person.updatedAt > first.person.updatedAt, `${person.updatedAt} should be after ${first.person.updatedAt}`)
        assert.deepEqual(await store.people.find('fred'), person)
      })

      test('puts within one millisecond still make a new version each, and only the first creates', async () => {
        const results: PutResult[] = []
        for (let round = 0; round < 20; round++) {
          results.push(await store.people.put('fred', aDraft({ email: `fred${round}@example.com` })))
        }
        assert.deepEqual(results.map(result => result.created), [true, ...Array(19).fill(false)])
        const versions = results.map(result => result.person.updatedAt)
        for (let index = 1; index < versions.length; index++) {
          assert.ok((versions[index] ?? '') > (versions[index - 1] ?? ''), `${versions[index]} should be after ${versions[index - 1]}`)
        }
        assert.ok(results.every(result => result.person.createdAt === results[0]?.person.createdAt))
        assert.deepEqual(await store.people.find('fred'), results.at(-1)?.person)
      })

      test('find answers undefined for a person who does not exist', async () => {
        await store.people.put('fred', aDraft({ email: 'fred@example.com' }))
        assert.equal(await store.people.find('freda'), undefined)
      })

      test('keeps names apart that differ only in case or normalization', async () => {
        // The API normalizes names before they reach the store, so the store must compare them exactly.
        const composed = 'Jos\u00e9'
        const decomposed = 'Jose\u0301'
        await store.people.put(composed, aDraft({ email: 'composed@example.com' }))
        await store.people.put(decomposed, aDraft({ email: 'decomposed@example.com' }))
        await store.people.put('jos\u00e9', aDraft({ email: 'lower@example.com' }))
        assert.equal((await store.people.find(composed))?.email, 'composed@example.com')
        assert.equal((await store.people.find(decomposed))?.email, 'decomposed@example.com')
        assert.equal((await store.people.find('jos\u00e9'))?.email, 'lower@example.com')
      })

      test('update changes the fields it is given and keeps the others', async () => {
        await store.people.put('fred', aDraft({ email: 'fred@example.com', comment: 'likes tea' }))
        const person = await store.people.update('fred', { email: 'fred@example.org' })
        assert.equal(person?.email, 'fred@example.org')
        assert.equal(person?.comment, 'likes tea')
        assert.deepEqual(await store.people.find('fred'), person)
      })

      test('update with a comment changes the comment and keeps the email', async () => {
        await store.people.put('fred', aDraft({ email: 'fred@example.com', comment: 'likes tea' }))
        const person = await store.people.update('fred', { comment: 'likes coffee' })
        assert.equal(person?.email, 'fred@example.com')
        assert.equal(person?.comment, 'likes coffee')
      })

      test('update with a null comment clears the comment', async () => {
        await store.people.put('fred', aDraft({ email: 'fred@example.com', comment: 'likes tea' }))
        const person = await store.people.update('fred', { comment: null })
        assert.equal(person?.comment, null)
        assert.equal((await store.people.find('fred'))?.comment, null)
      })

      test('update keeps createdAt and moves updatedAt', async () => {
        const { person: before } = await store.people.put('fred', aDraft({ email: 'fred@example.com' }))
        await sleep(CLOCK_TICK_MS)
        const after = await store.people.update('fred', { comment: 'new' })
        assert.equal(after?.createdAt, before.createdAt)
        assert.ok(after !== undefined && after.updatedAt > before.updatedAt)
      })

      test('update of a person who does not exist answers undefined and creates no one', async () => {
        assert.equal(await store.people.update('nobody', { email: 'nobody@example.com' }), undefined)
        assert.equal(await store.people.find('nobody'), undefined)
        assert.deepEqual(await store.people.list({ after: undefined, limit: 10 }), [])
      })

      test('remove deletes a person and answers true, then false once they are gone', async () => {
        await store.people.put('fred', aDraft({ email: 'fred@example.com' }))
        await store.people.put('freda', aDraft({ email: 'freda@example.com' }))
        assert.equal(await store.people.remove('fred'), true)
        assert.equal(await store.people.find('fred'), undefined)
        assert.equal(await store.people.remove('fred'), false)
        assert.equal((await store.people.find('freda'))?.name, 'freda', 'only the named person is removed')
      })

      test('list orders names by code point, not by UTF-16 unit', async () => {
        // U+FF21 and U+FB01 sort after the emoji in UTF-16 (its surrogates start at
        // U+D800) but before it by code point, so this list tells the two orders apart.
        const unordered = ['Zoë', 'zoe', 'émile', '名前', '😀', 'a', 'Ａ', 'ﬁle', 'Zoe', 'zoë', 'a b']
        for (const personName of unordered) await store.people.put(personName, aDraft({ email: 'x@example.com' }))
        const expected = [...unordered].sort(compareCodePoints)
        assert.notDeepEqual(expected, [...unordered].sort(), 'the fixture must tell code point order from UTF-16 order')
        assert.deepEqual(names(await store.people.list({ after: undefined, limit: 100 })), expected)
      })

      test('list pages by keyset: after the given name, at most limit people', async () => {
        const everyone = ['ann', 'bob', 'cy', 'dee', 'eve']
        for (const personName of [...everyone].reverse()) await store.people.put(personName, aDraft({ email: 'x@example.com' }))
        assert.deepEqual(names(await store.people.list({ after: undefined, limit: 2 })), ['ann', 'bob'])
        assert.deepEqual(names(await store.people.list({ after: 'bob', limit: 2 })), ['cy', 'dee'])
        assert.deepEqual(names(await store.people.list({ after: 'dee', limit: 2 })), ['eve'])
        assert.deepEqual(names(await store.people.list({ after: 'eve', limit: 2 })), [])
      })

      test('list continues after a name that is no longer there', async () => {
        for (const personName of ['ann', 'bob', 'cy']) await store.people.put(personName, aDraft({ email: 'x@example.com' }))
        await store.people.remove('bob')
        assert.deepEqual(names(await store.people.list({ after: 'bob', limit: 10 })), ['cy'])
        assert.deepEqual(names(await store.people.list({ after: 'b', limit: 10 })), ['cy'])
      })

      test('list returns whole people, not just names', async () => {
        const { person } = await store.people.put('fred', aDraft({ email: 'fred@example.com', comment: 'hi' }))
        assert.deepEqual(await store.people.list({ after: undefined, limit: 10 }), [person])
      })
    })

    describe('events', () => {
      const ADMIN = { name: 'key_admin1', requestId: 'req-7' }

      test('each change to keys and switches is recorded with who asked, newest first; a change that changed nothing is not', async () => {
        const key = { ...storedKey(['people:read']), expiresAt: '2031-05-06T07:08:09.456Z' }
        await store.keys.create(key, ADMIN)
        await store.keys.revoke(key.id, '2024-06-01T12:00:00.000Z', ADMIN)
        await store.keys.revoke(key.id, '2024-06-02T12:00:00.000Z', ADMIN)
        await store.switches.set('v1.deprecated', true, '2024-06-03T12:00:00.000Z', BY_TEST)
        await store.switches.set('v1.deprecated', true, '2024-06-04T12:00:00.000Z', BY_TEST)
        await store.keys.markUsed([key.id], '2024-06-05T12:00:00.000Z')

        const events = await store.events.list({ limit: 10 })
        assert.deepEqual(events.map(({ id, ...event }) => event), [
          { at: '2024-06-03T12:00:00.000Z', actor: 'test', requestId: null, action: 'switch.set', target: 'v1.deprecated', detail: { enabled: true } },
          { at: '2024-06-01T12:00:00.000Z', actor: 'key_admin1', requestId: 'req-7', action: 'key.revoke', target: key.id, detail: {} },
          { at: key.createdAt, actor: 'key_admin1', requestId: 'req-7', action: 'key.create', target: key.id, detail: { name: key.name, capabilities: ['people:read'], expiresAt: key.expiresAt } }
        ])
        assert.ok(events.every((event, i) => i === 0 || event.id < (events[i - 1]?.id ?? 0)), 'ids fall from the newest')
        assert.ok(!JSON.stringify(events).includes(key.hash), 'no event holds a key\'s hash')
      })

      test('a first key made by createIfNone is recorded once, and a refused one not at all', async () => {
        await store.keys.createIfNone(storedKey(['admin']), { name: 'first start', requestId: null })
        await store.keys.createIfNone(storedKey(['admin']), { name: 'first start', requestId: null })
        assert.deepEqual((await store.events.list({ limit: 10 })).map(event => [event.actor, event.action]), [['first start', 'key.create']])
      })

      test('pages by id: at most limit, and before a given event', async () => {
        for (const enabled of [false, true, false, true, false]) await store.switches.set('format.csv', enabled, new Date().toISOString(), BY_TEST)
        const first = await store.events.list({ limit: 2 })
        assert.equal(first.length, 2)
        const rest = await store.events.list({ before: first.at(-1)?.id, limit: 10 })
        assert.deepEqual([...first, ...rest].map(event => event.detail.enabled), [false, true, false, true, false])
        assert.deepEqual(await store.events.list({ before: rest.at(-1)?.id, limit: 10 }), [])
      })
    })

    describe('switches', () => {
      test('set stores a flip with its time, and moves the revision', async () => {
        const revision = await store.switches.revision()
        assert.deepEqual(await store.switches.set('v1.deprecated', true, '2024-05-01T10:00:00.000Z', BY_TEST),
          { name: 'v1.deprecated', enabled: true, changedAt: '2024-05-01T10:00:00.000Z' })
        assert.deepEqual(await store.switches.list(), [{ name: 'v1.deprecated', enabled: true, changedAt: '2024-05-01T10:00:00.000Z' }])
        assert.notEqual(await store.switches.revision(), revision)
      })

      test('setting a switch to the state it is in changes nothing: not its time, not the revision', async () => {
        await store.switches.set('v1.deprecated', true, '2024-05-01T10:00:00.000Z', BY_TEST)
        const revision = await store.switches.revision()
        assert.deepEqual(await store.switches.set('v1.deprecated', true, '2024-05-02T10:00:00.000Z', BY_TEST),
          { name: 'v1.deprecated', enabled: true, changedAt: '2024-05-01T10:00:00.000Z' })
        assert.equal(await store.switches.revision(), revision)
        assert.deepEqual(await store.switches.set('v1.deprecated', false, '2024-05-03T10:00:00.000Z', BY_TEST),
          { name: 'v1.deprecated', enabled: false, changedAt: '2024-05-03T10:00:00.000Z' })
        assert.notEqual(await store.switches.revision(), revision)
      })
    })

    describe('keys', () => {
      test('create stores a key that listActive returns with its hash', async () => {
        const key = storedKey(['people:read', 'people:write'])
        await store.keys.create(key, BY_TEST)
        assert.deepEqual(await store.keys.listActive(), [key])
      })

      test('a key keeps its expiry, to the millisecond, and stays active after it: the key ring refuses it, and can say why', async () => {
        const expired = { ...storedKey(), expiresAt: '2024-03-04T05:06:07.089Z' }
        const later = { ...storedKey(), expiresAt: '2031-05-06T07:08:09.456Z' }
        await store.keys.create(expired, BY_TEST)
        await store.keys.create(later, BY_TEST)
        assert.deepEqual(await store.keys.listActive(), [expired, later])
        assert.deepEqual((await store.keys.list({ limit: 100 })).map(key => key.expiresAt), [expired.expiresAt, later.expiresAt])
      })

      test('markUsed writes when keys were used, never moves a use back, and moves no revision', async () => {
        const used = storedKey()
        const unused = storedKey()
        await store.keys.create(used, BY_TEST)
        await store.keys.create(unused, BY_TEST)
        const revision = await store.keys.revision()
        const lastUseOf = async (id: string): Promise<string | null | undefined> => (await store.keys.list({ limit: 100 })).find(key => key.id === id)?.lastUsedAt

        await store.keys.markUsed([used.id, 'key_nope', 'environment'], '2024-05-01T10:00:00.000Z')
        assert.equal(await lastUseOf(used.id), '2024-05-01T10:00:00.000Z')
        assert.equal(await lastUseOf(unused.id), null)
        // An instance that writes late, with an older time, changes nothing.
        await store.keys.markUsed([used.id], '2024-05-01T09:59:00.000Z')
        assert.equal(await lastUseOf(used.id), '2024-05-01T10:00:00.000Z')
        await store.keys.markUsed([used.id, unused.id], '2024-05-01T10:01:00.000Z')
        assert.equal(await lastUseOf(used.id), '2024-05-01T10:01:00.000Z')
        assert.equal(await lastUseOf(unused.id), '2024-05-01T10:01:00.000Z')
        assert.equal(await store.keys.revision(), revision, 'the key ring has nothing to reload')
      })

      test('find answers one key, revoked too, without its hash; undefined for an id nobody has', async () => {
        const key = { ...storedKey(), expiresAt: '2031-05-06T07:08:09.456Z' }
        await store.keys.create(key, BY_TEST)
        const { hash, ...shown } = key
        assert.deepEqual(await store.keys.find(key.id), shown)
        await store.keys.revoke(key.id, '2024-06-01T12:00:00.000Z', BY_TEST)
        assert.deepEqual(await store.keys.find(key.id), { ...shown, revokedAt: '2024-06-01T12:00:00.000Z' })
        assert.equal(await store.keys.find('key_nope'), undefined)
      })

      test('list shows every key but never its hash', async () => {
        const first = storedKey(['admin'])
        const second = storedKey(['people:delete'])
        await store.keys.create(first, BY_TEST)
        await store.keys.create(second, BY_TEST)
        const listed = await store.keys.list({ limit: 100 })
        const { hash: firstHash, ...firstShown } = first
        const { hash: secondHash, ...secondShown } = second
        const byId = (a: { id: string }, b: { id: string }): number => a.id < b.id ? -1 : 1
        assert.deepEqual([...listed].sort(byId), [firstShown, secondShown].sort(byId))
        for (const key of listed) assert.equal(Object.hasOwn(key, 'hash'), false)
        const text = JSON.stringify(listed)
        assert.equal(text.includes(firstHash), false)
        assert.equal(text.includes(secondHash), false)
      })

      test('list comes a page at a time, in the order the keys were stored, whatever the clocks that made them said, each page after the last key of the one before', async () => {
        // As instances whose clocks differ would make them: each later key says it was made earlier, and two say the same millisecond.
        const first = { ...storedKey(), id: 'key_z_first', createdAt: '2024-05-05T05:05:06.000Z' }
        const second = { ...storedKey(), id: 'key_y_second', createdAt: '2024-05-05T05:05:05.005Z' }
        const third = { ...storedKey(), id: 'key_x_third', createdAt: '2024-05-05T05:05:05.005Z' }
        const fourth = { ...storedKey(), id: 'key_w_fourth', createdAt: '2024-05-05T05:05:04.000Z' }
        const idsOf = async (page: { after?: string, limit: number }): Promise<string[]> => (await store.keys.list(page)).map(key => key.id)
        for (const key of [first, second, third]) await store.keys.create(key, BY_TEST)

        assert.deepEqual(await idsOf({ limit: 2 }), [first.id, second.id])
        // Stored while a client is between pages: its page comes after the ones read.
        await store.keys.create(fourth, BY_TEST)
        assert.deepEqual(await idsOf({ after: second.id, limit: 2 }), [third.id, fourth.id])
        assert.deepEqual(await idsOf({ after: fourth.id, limit: 2 }), [])
        assert.deepEqual(await idsOf({ limit: 100 }), [first.id, second.id, third.id, fourth.id])
      })

      test('revoke marks the key revoked, hides its hash, and drops it from listActive', async () => {
        const kept = storedKey()
        const revoked = storedKey()
        await store.keys.create(kept, BY_TEST)
        await store.keys.create(revoked, BY_TEST)
        const at = '2024-06-01T12:00:00.000Z'
        const answer = await store.keys.revoke(revoked.id, at, BY_TEST)
        assert.equal(answer?.id, revoked.id)
        assert.equal(answer?.revokedAt, at)
        assert.equal(answer !== undefined && Object.hasOwn(answer, 'hash'), false)
        assert.deepEqual(await store.keys.listActive(), [kept])
        const listed = await store.keys.list({ limit: 100 })
        assert.equal(listed.find(key => key.id === revoked.id)?.revokedAt, at)
        assert.equal(listed.find(key => key.id === kept.id)?.revokedAt, null)
      })

      test('revoke keeps the first revocation time when repeated', async () => {
        const key = storedKey()
        await store.keys.create(key, BY_TEST)
        await store.keys.revoke(key.id, '2024-06-01T12:00:00.000Z', BY_TEST)
        const again = await store.keys.revoke(key.id, '2024-07-01T12:00:00.000Z', BY_TEST)
        assert.equal(again?.revokedAt, '2024-06-01T12:00:00.000Z')
      })

      test('revoke of a key that does not exist answers undefined', async () => {
        await store.keys.create(storedKey(), BY_TEST)
        assert.equal(await store.keys.revoke('key_nope', '2024-06-01T12:00:00.000Z', BY_TEST), undefined)
        assert.equal((await store.keys.listActive()).length, 1)
      })

      test('the revision moves on every create and revoke, and only then', async () => {
        const key = storedKey()
        const start = await store.keys.revision()
        assert.equal(await store.keys.revision(), start, 'reading does not move it')
        await store.keys.create(key, BY_TEST)
        const afterCreate = await store.keys.revision()
        assert.notEqual(afterCreate, start)
        await store.keys.revoke(key.id, '2024-06-01T12:00:00.000Z', BY_TEST)
        const afterRevoke = await store.keys.revision()
        assert.notEqual(afterRevoke, afterCreate)
        assert.notEqual(afterRevoke, start)
        await store.keys.revoke(key.id, '2024-06-02T12:00:00.000Z', BY_TEST)
        await store.keys.revoke('key_nope', '2024-06-02T12:00:00.000Z', BY_TEST)
        assert.equal(await store.keys.revision(), afterRevoke, 'a revoke that changes nothing leaves it')
      })

      test('createIfNone stores a key only while the store has none', async () => {
        const first = storedKey(['admin'])
        const second = storedKey(['admin'])
        assert.equal(await store.keys.createIfNone(first, BY_TEST), true)
        const revision = await store.keys.revision()
        assert.equal(await store.keys.createIfNone(second, BY_TEST), false)
        assert.deepEqual(await store.keys.listActive(), [first])
        assert.equal(await store.keys.revision(), revision, 'a refused createIfNone leaves the revision')
      })

      test('createIfNone refuses when a key was made with create', async () => {
        await store.keys.create(storedKey(), BY_TEST)
        assert.equal(await store.keys.createIfNone(storedKey(['admin']), BY_TEST), false)
        assert.equal((await store.keys.list({ limit: 100 })).length, 1)
      })

      test('createIfNone called twice at once stores exactly one key', async () => {
        const answers = await Promise.all([store.keys.createIfNone(storedKey(['admin']), BY_TEST), store.keys.createIfNone(storedKey(['admin']), BY_TEST)])
        assert.deepEqual([...answers].sort(), [false, true])
        assert.equal((await store.keys.list({ limit: 100 })).length, 1)
      })
    })

    describeWriteConditions(() => store)
    describeSecrets(() => store)
  })
}
