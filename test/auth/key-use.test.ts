// Uses of keys: gathered in memory, written together, kept when a write fails, and written by a close.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { buildApp } from '../../src/app.ts'
import { KeyUse } from '../../src/auth/key-use.ts'
import { openSqliteStore } from '../../src/storage/sqlite/index.ts'
import { issueKey } from '../keys.ts'
import { makeTempDir, removeTempDir } from '../reliability/server-process.ts'

/** A store's markUsed that remembers its calls, and fails while told to. */
class RecordingKeys {
  calls: Array<{ ids: readonly string[], at: string }> = []
  failing = false

  async markUsed (ids: readonly string[], at: string): Promise<void> {
    if (this.failing) throw new Error('the store is away')
    this.calls.push({ ids, at })
  }
}

const failWith = (error: unknown): never => { throw error }

describe('KeyUse', () => {
  test('writes each key used since the last write once, in one call, at the time of writing', async () => {
    const keys = new RecordingKeys()
    const use = new KeyUse(keys, failWith)
    for (const id of ['key_a', 'key_b', 'key_a', 'key_a']) use.note(id)
    const before = Date.now()
    await use.write()
    assert.equal(keys.calls.length, 1)
    assert.deepEqual([...keys.calls[0]?.ids ?? []].sort(), ['key_a', 'key_b'])
    const at = Date.parse(keys.calls[0]?.at ?? '')
    assert.ok(at >= before && at <= Date.now(), keys.calls[0]?.at)

    await use.write()
    assert.equal(keys.calls.length, 1, 'nothing used since: nothing written')
  })

  test('a write that fails keeps its uses for the next one', async () => {
    const keys = new RecordingKeys()
    const use = new KeyUse(keys, failWith)
    use.note('key_a')
    keys.failing = true
    await assert.rejects(use.write(), /the store is away/)
    use.note('key_b')
    keys.failing = false
    await use.write()
    assert.deepEqual([...keys.calls[0]?.ids ?? []].sort(), ['key_a', 'key_b'])
  })

  test('writes take turns: a write asked for while another is on its way waits for it', async () => {
    let release = (): void => {}
    const gate = new Promise<void>(resolve => { release = resolve })
    const order: string[] = []
    const use = new KeyUse({
      async markUsed (ids) {
        if (ids.includes('key_a')) await gate
        order.push(ids.join())
      }
    }, failWith)
    const aTurn = async (): Promise<void> => { await new Promise(resolve => setImmediate(resolve)) }
    use.note('key_a')
    const first = use.write()
    await aTurn()
    use.note('key_b')
    const second = use.write().then(() => { order.push('second answered') })
    await aTurn()
    assert.deepEqual(order, [], 'the second write went ahead of the first')
    release()
    await Promise.all([first, second])
    assert.deepEqual(order, ['key_a', 'key_b', 'second answered'])
  })

  test('flush never fails: the failure goes to onError, and the uses wait for the next write', async () => {
    const keys = new RecordingKeys()
    const heard: unknown[] = []
    const use = new KeyUse(keys, error => { heard.push(error) })
    use.note('key_a')
    keys.failing = true
    await use.flush()
    assert.match(String(heard[0]), /the store is away/)
    keys.failing = false
    await use.flush()
    assert.deepEqual(keys.calls.map(call => call.ids), [['key_a']])
  })

  test('remembers for a day the keys whose use it wrote down, and none whose write failed', async (t) => {
    t.mock.timers.enable({ apis: ['Date'], now: Date.parse('2026-01-01T00:00:00Z') })
    const keys = new RecordingKeys()
    const use = new KeyUse(keys, failWith)
    use.note('key_a')
    await use.write()
    keys.failing = true
    use.note('key_b')
    await assert.rejects(use.write())
    assert.deepEqual([...use.recentlyUsed()], ['key_a'])

    t.mock.timers.setTime(Date.parse('2026-01-02T00:00:01Z'))
    assert.deepEqual([...use.recentlyUsed()], [], 'a day later, key_a is no longer recent')
    keys.failing = false
    await use.write()
    assert.deepEqual([...use.recentlyUsed()], ['key_b'])
  })

  test('writes once an interval, and not after it is stopped', async () => {
    const keys = new RecordingKeys()
    const use = new KeyUse(keys, failWith)
    use.startWriting(20)
    use.note('key_a')
    await sleep(60)
    assert.deepEqual(keys.calls.map(call => call.ids), [['key_a']])
    use.stopWriting()
    use.note('key_b')
    await sleep(60)
    assert.equal(keys.calls.length, 1)
  })
})

describe('an instance that closes', () => {
  const ADMIN_KEY = 'key-use-admin-key-0123456789abcdef0123'
  let dir: string

  before(async () => { dir = await makeTempDir() })
  after(async () => { await removeTempDir(dir) })

  test('writes the uses it had not written yet, so another instance lists them', async () => {
    const path = join(dir, 'shared.sqlite')
    const firstStore = openSqliteStore(path)
    const first = await buildApp({ store: firstStore, adminKey: ADMIN_KEY })
    const reader = await issueKey(first, ADMIN_KEY, 'reader', ['people:read'])
    const read = await first.inject({ url: '/v1/people', headers: { authorization: `Bearer ${reader.key}`, accept: 'application/json' } })
    assert.equal(read.statusCode, 200)
    await first.close()
    await firstStore.close()

    const secondStore = openSqliteStore(path)
    try {
      const listed = (await secondStore.keys.list({ limit: 100 })).find(key => key.id === reader.id)
      assert.equal(typeof listed?.lastUsedAt, 'string', JSON.stringify(listed))
    } finally {
      await secondStore.close()
    }
  })
})
