// API keys on PostgreSQL; every change bumps the "keys" revision and announces itself, in the same transaction.
import type pg from 'pg'
import type { Capability } from '../../auth/capabilities.ts'
import { creationOf, revocationOf } from '../admin-events.ts'
import type { Actor, ApiKey, KeyStore, StoredApiKey } from '../store.ts'
import type { ChangeOptions } from './change-feed.ts'
import { recordEvent } from './events.ts'
import { revisionCounter } from './revisions.ts'
import { inTransaction } from './transaction.ts'

interface KeyRow {
  id: string
  name: string
  hash: string
  capabilities: Capability[]
  created_at: Date
  revoked_at: Date | null
  expires_at: Date | null
  last_used_at: Date | null
}

const COLUMNS = 'id, name, hash, capabilities, created_at, revoked_at, expires_at, last_used_at'

const INSERT = { name: 'keys-insert', text: 'INSERT INTO api_keys (id, name, hash, capabilities, created_at, expires_at, last_used_at) VALUES ($1, $2, $3, $4, $5, $6, $7)' }
// Every key writer locks the revision row first, so key writes take turns:
// that is what makes "create only if there is none" one step, on any
// PostgreSQL-compatible engine, with no advisory lock.
const LOCK_REVISION = { name: 'keys-lock-revision', text: "SELECT revision FROM revisions WHERE topic = 'keys' FOR UPDATE" }
const ANY_KEY = { name: 'keys-any', text: 'SELECT EXISTS (SELECT 1 FROM api_keys) AS found' }
// In the order the store numbered them (migration 006); keys are never deleted, so the key a page ended with keeps its number.
const SELECT_FIRST = { name: 'keys-first', text: `SELECT ${COLUMNS} FROM api_keys ORDER BY seq LIMIT $1` }
const SELECT_AFTER = { name: 'keys-after', text: `SELECT ${COLUMNS} FROM api_keys WHERE seq > (SELECT seq FROM api_keys WHERE id = $1) ORDER BY seq LIMIT $2` }
const SELECT_ACTIVE = { name: 'keys-active', text: `SELECT ${COLUMNS} FROM api_keys WHERE revoked_at IS NULL ORDER BY created_at, id` }
const SELECT_ONE = { name: 'keys-one', text: `SELECT ${COLUMNS} FROM api_keys WHERE id = $1` }
const MARK_REVOKED = { name: 'keys-revoke', text: 'UPDATE api_keys SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL' }
// No lock on the revision row: a use changes nothing the key ring holds, and must not wait behind key writers.
const NOTE_USE = { name: 'keys-note-use', text: 'UPDATE api_keys SET last_used_at = $2 WHERE id = ANY($1) AND (last_used_at IS NULL OR last_used_at < $2)' }

function toStoredKey (row: KeyRow): StoredApiKey {
  return {
    id: row.id,
    name: row.name,
    hash: row.hash,
    // jsonb arrives parsed.
    capabilities: row.capabilities,
    createdAt: row.created_at.toISOString(),
    revokedAt: row.revoked_at?.toISOString() ?? null,
    expiresAt: row.expires_at?.toISOString() ?? null,
    lastUsedAt: row.last_used_at?.toISOString() ?? null
  }
}

function withoutHash ({ hash, ...key }: StoredApiKey): ApiKey {
  return key
}

export function postgresKeys (pool: pg.Pool, options: ChangeOptions): KeyStore {
  const { recordChange, read: readRevision } = revisionCounter(pool, 'keys', options)

  async function insertKey (client: pg.PoolClient, key: StoredApiKey, by: Actor): Promise<void> {
    await client.query({ ...INSERT, values: [key.id, key.name, key.hash, JSON.stringify(key.capabilities), key.createdAt, key.expiresAt, key.lastUsedAt] })
    await recordChange(client)
    await recordEvent(client, creationOf(key, by))
  }

  return {
    async create (key, by) {
      await inTransaction(pool, async client => {
        await client.query(LOCK_REVISION)
        await insertKey(client, key, by)
      })
    },
    async createIfNone (key, by) {
      return await inTransaction(pool, async client => {
        await client.query(LOCK_REVISION)
        // Read after taking the lock: a key stored by whoever held it before is visible now.
        const { rows: [any] } = await client.query<{ found: boolean }>(ANY_KEY)
        if (any?.found === true) return false
        await insertKey(client, key, by)
        return true
      })
    },
    async list ({ after, limit }) {
      const query = after === undefined ? { ...SELECT_FIRST, values: [limit] } : { ...SELECT_AFTER, values: [after, limit] }
      const { rows } = await pool.query<KeyRow>(query)
      return rows.map(row => withoutHash(toStoredKey(row)))
    },
    async find (id) {
      const { rows: [row] } = await pool.query<KeyRow>({ ...SELECT_ONE, values: [id] })
      return row === undefined ? undefined : withoutHash(toStoredKey(row))
    },
    async listActive () {
      const { rows } = await pool.query<KeyRow>(SELECT_ACTIVE)
      return rows.map(toStoredKey)
    },
    async revoke (id, at, by) {
      return await inTransaction(pool, async client => {
        await client.query(LOCK_REVISION)
        const { rowCount } = await client.query({ ...MARK_REVOKED, values: [id, at] })
        if (rowCount === 1) {
          await recordChange(client)
          await recordEvent(client, revocationOf(id, at, by))
        }
        const { rows: [row] } = await client.query<KeyRow>({ ...SELECT_ONE, values: [id] })
        return row === undefined ? undefined : withoutHash(toStoredKey(row))
      })
    },
    async markUsed (ids, at) {
      await pool.query({ ...NOTE_USE, values: [ids, at] })
    },
    async revision () {
      return await readRevision()
    }
  }
}
