// Runs the Store contract against PostgreSQL when TEST_POSTGRES_URL names a server, in a schema of this run's own, dropped at the end.
import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import { after, describe, test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { openPostgresStore } from '../../src/storage/postgres/index.ts'
import { StoreUnavailableError } from '../../src/storage/store.ts'
import type { ChangeTopic, Store } from '../../src/storage/store.ts'
import { aDraft } from '../people.ts'
import { dropSchema, randomSchemaName, withClient, withSchema } from './postgres-schema.ts'
import { describeSharedStoreContract } from './shared-store-contract.ts'
import { postgresUrl } from '../optional-parts.ts'
import { describeStoreContract } from './store-contract.ts'
import { BY_TEST } from '../actor.ts'

// A local name, which TypeScript narrows below as it does not an imported one.
const serverUrl = postgresUrl

async function waitUntil (condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 2000) throw new Error('not within 2 s')
    await sleep(10)
  }
}

// Unset means "no PostgreSQL here": skip, and say why. Set but unreachable
// is a failure: every test below then fails to open its store.
if (serverUrl === undefined) {
  test('PostgreSQL store', t => {
    t.skip('TEST_POSTGRES_URL is not set')
  })
} else {
  describePostgres(serverUrl)
}

function describePostgres (serverUrl: string): void {
  const schema = randomSchemaName('store_test')
  const url = withSchema(serverUrl, schema)
  const schemas = [schema]

  /** A schema that only one test uses, for what needs a database nobody has touched. */
  function freshSchemaUrl (): { url: string, schema: string } {
    const fresh = randomSchemaName('store_test')
    schemas.push(fresh)
    return { url: withSchema(serverUrl, fresh), schema: fresh }
  }

  after(async () => {
    for (const name of schemas) await dropSchema(serverUrl, name)
  })

  // Every test starts from empty tables; the schema and its migrations stay for the whole run.
  async function openEmpty (): Promise<Store> {
    const store = await openPostgresStore(url)
    await withClient(serverUrl, async client => {
      await client.query(`DELETE FROM ${schema}.people; DELETE FROM ${schema}.api_keys; DELETE FROM ${schema}.secrets; DELETE FROM ${schema}.switches; DELETE FROM ${schema}.admin_events`)
    })
    return store
  }

  describeStoreContract('PostgreSQL', openEmpty)

  describeSharedStoreContract('PostgreSQL', async () => [await openEmpty(), await openPostgresStore(url)])

  describe('PostgreSQL', () => {
    test('applies every migration once, even when several stores start at once on a new schema', async () => {
      const fresh = freshSchemaUrl()
      const readApplied = async (): Promise<unknown[]> => await withClient(serverUrl, async client =>
        (await client.query(`SELECT version, name, applied_at FROM ${fresh.schema}.schema_migrations ORDER BY version`)).rows)
      const stores = await Promise.all(Array.from({ length: 4 }, async () => await openPostgresStore(fresh.url)))
      for (const store of stores) await store.close()
      const files = (await readdir(new URL('../../src/storage/postgres/migrations/', import.meta.url)))
        .filter(file => file.endsWith('.sql')).sort()
      const applied = await readApplied()
      assert.deepEqual(applied.map(row => (row as { name: string }).name), files)
      // Each store tells what it applied itself: together, every file once.
      assert.deepEqual(stores.flatMap(store => store.appliedMigrations).sort(), files)

      const reopened = await openPostgresStore(fresh.url)
      await reopened.close()
      assert.deepEqual(reopened.appliedMigrations, [])
      assert.deepEqual(await readApplied(), applied)
    })

    test('numbering the keys (migration 006) keeps the order they were listed in, and numbers those an instance still on the version before makes', async () => {
      const fresh = freshSchemaUrl()
      const migrations = new URL('../../src/storage/postgres/migrations/', import.meta.url)
      const before = (await readdir(migrations)).filter(file => file.endsWith('.sql') && Number.parseInt(file, 10) < 6).sort()
      // The insert of the version before, which knows nothing of a number.
      const insertAsBefore = async (id: string, createdAt: string): Promise<void> => {
        await withClient(serverUrl, async client => {
          await client.query(`INSERT INTO ${fresh.schema}.api_keys (id, name, hash, capabilities, created_at, expires_at, last_used_at) VALUES ($1, $1, $2, '["people:read"]', $3, NULL, NULL)`, [id, id.padEnd(64, '0'), createdAt])
        })
      }
      // The schema as the version before left it, with keys listed by when they were made, then by id.
      await withClient(serverUrl, async client => {
        await client.query(`CREATE SCHEMA ${fresh.schema}; SET search_path TO ${fresh.schema}`)
        await client.query('CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)')
        for (const file of before) {
          await client.query(await readFile(new URL(file, migrations), 'utf8'))
          await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [Number.parseInt(file, 10), file])
        }
      })
      await insertAsBefore('key_b', '2024-01-02T00:00:00.000Z')
      await insertAsBefore('key_a', '2024-01-02T00:00:00.000Z')
      await insertAsBefore('key_c', '2024-01-01T00:00:00.000Z')

      const store = await openPostgresStore(fresh.url)
      try {
        assert.deepEqual(store.appliedMigrations, ['006-key-order.sql'])
        const ids = async (): Promise<string[]> => (await store.keys.list({ limit: 100 })).map(key => key.id)
        assert.deepEqual(await ids(), ['key_c', 'key_a', 'key_b'])
        // A rolling upgrade: another instance, not yet upgraded, makes a key with a clock that runs behind.
        await insertAsBefore('key_d', '2023-01-01T00:00:00.000Z')
        assert.deepEqual(await ids(), ['key_c', 'key_a', 'key_b', 'key_d'])
        await store.keys.create({ id: 'key_e', name: 'e', hash: 'e'.repeat(64), capabilities: ['people:read'], createdAt: '2022-01-01T00:00:00.000Z', revokedAt: null, expiresAt: null, lastUsedAt: null }, BY_TEST)
        assert.deepEqual((await store.keys.list({ after: 'key_d', limit: 100 })).map(key => key.id), ['key_e'])
      } finally {
        await store.close()
      }
    })

    test('concurrent first starts on a new schema make exactly one admin key', async () => {
      const fresh = freshSchemaUrl()
      const stores = await Promise.all(Array.from({ length: 4 }, async () => await openPostgresStore(fresh.url)))
      try {
        const answers = await Promise.all(stores.map(async (store, i) => await store.keys.createIfNone({
          id: `key_start${i}`, name: 'first admin', hash: String(i).padEnd(64, 'f'), capabilities: ['admin'], createdAt: new Date().toISOString(), revokedAt: null, expiresAt: null, lastUsedAt: null
        }, BY_TEST)))
        assert.equal(answers.filter(Boolean).length, 1)
        assert.equal((await stores[0]?.keys.list({ limit: 100 }))?.length, 1)
      } finally {
        for (const store of stores) await store.close()
      }
    })

    test('keeps people, keys and secrets after close and reopen', async () => {
      const fresh = freshSchemaUrl()
      const first = await openPostgresStore(fresh.url)
      const { person } = await first.people.put('名前', aDraft({ email: '用户@例子.广告', comment: 'tab\there 😀' }))
      const key = { id: 'key_reopen', name: 'ci', hash: 'cd'.repeat(32), capabilities: ['people:read' as const], createdAt: '2024-01-01T00:00:00.123Z', revokedAt: null, expiresAt: '2031-05-06T07:08:09.456Z', lastUsedAt: '2024-02-03T04:05:06.789Z' }
      await first.keys.create(key, BY_TEST)
      const revision = await first.keys.revision()
      const secret = await first.secret('cursor')
      await first.close()

      const second = await openPostgresStore(fresh.url)
      try {
        assert.deepEqual(await second.people.find('名前'), person)
        assert.deepEqual(await second.keys.listActive(), [key])
        assert.equal(await second.keys.revision(), revision)
        assert.deepEqual(await second.secret('cursor'), secret)
      } finally {
        await second.close()
      }
    })

    test('opens no more connections than ?pool= allows', async () => {
      const applicationName = randomSchemaName('pool_test')
      const pooled = new URL(url)
      pooled.searchParams.set('pool', '2')
      pooled.searchParams.set('application_name', applicationName)
      const store = await openPostgresStore(pooled.href)
      try {
        await Promise.all(Array.from({ length: 20 }, async () => await store.people.find('fred')))
        const { rows: [row] } = await withClient(serverUrl, async client =>
          await client.query<{ count: string }>('SELECT count(*) FROM pg_stat_activity WHERE application_name = $1', [applicationName]))
        assert.equal(Number(row?.count), 2)
      } finally {
        await store.close()
      }
    })

    test('close can be called twice, and ping fails after it', async () => {
      const store = await openPostgresStore(url)
      await store.ping()
      await store.close()
      await store.close()
      await assert.rejects(store.ping())
    })

    test('tells every store on the database about changed keys and switches, but only once committed', async () => {
      const [first, second] = [await openEmpty(), await openPostgresStore(url)]
      try {
        const heard: ChangeTopic[] = []
        second.changes?.subscribe(topic => heard.push(topic))
        await first.switches.set('people.delete', false, new Date().toISOString(), BY_TEST)
        await first.keys.create({ id: 'key_feed', name: 'ci', hash: 'fe'.repeat(32), capabilities: ['people:read'], createdAt: new Date().toISOString(), revokedAt: null, expiresAt: null, lastUsedAt: null }, BY_TEST)
        await first.keys.revoke('key_feed', new Date().toISOString(), BY_TEST)
        // A revocation of a key already revoked changes nothing, and says nothing.
        await first.keys.revoke('key_feed', new Date().toISOString(), BY_TEST)
        await waitUntil(() => heard.length >= 3)
        await sleep(50)
        assert.deepEqual(heard, ['switches', 'keys', 'keys'])
      } finally {
        await first.close()
        await second.close()
      }
    })

    test('a statement that waits longer than the timeout fails with StoreUnavailableError, and frees its connection', async () => {
      const store = await openPostgresStore(url, { timeoutMs: 300 })
      try {
        await store.people.put('locked', aDraft({ email: 'locked@example.com' }))
        await withClient(serverUrl, async client => {
          await client.query('BEGIN')
          await client.query(`SELECT 1 FROM ${schema}.people WHERE name = 'locked' FOR UPDATE`)
          const started = Date.now()
          await assert.rejects(store.people.put('locked', aDraft({ email: 'new@example.com' })), StoreUnavailableError)
          assert.ok(Date.now() - started < 1000, `waited ${Date.now() - started} ms`)
          await client.query('ROLLBACK')
        })
        assert.equal((await store.people.put('locked', aDraft({ email: 'new@example.com' }))).created, false)
      } finally {
        await store.close()
      }
    })

    test('opening fails, rather than hangs, when no server answers at the address', async () => {
      const nowhere = new URL(serverUrl)
      nowhere.port = '1'
      await assert.rejects(openPostgresStore(nowhere.href))
    })
  })
}
