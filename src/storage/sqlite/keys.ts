// API keys on SQLite; every change bumps the "keys" revision in the same transaction.
import type { DatabaseSync } from 'node:sqlite'
import type { Capability } from '../../auth/capabilities.ts'
import { creationOf, revocationOf } from '../admin-events.ts'
import type { Actor, ApiKey, KeyStore, StoredApiKey } from '../store.ts'
import type { SqliteEvents } from './events.ts'
import { revisionCounter } from './revisions.ts'
import { inTransaction } from './transaction.ts'

interface KeyRow {
  id: string
  name: string
  hash: string
  capabilities: string
  created_at: string
  revoked_at: string | null
  expires_at: string | null
  last_used_at: string | null
}

function toStoredKey (row: KeyRow): StoredApiKey {
  return {
    id: row.id,
    name: row.name,
    hash: row.hash,
    capabilities: JSON.parse(row.capabilities) as Capability[],
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at
  }
}

function withoutHash ({ hash, ...key }: StoredApiKey): ApiKey {
  return key
}

export function sqliteKeys (db: DatabaseSync, events: SqliteEvents): KeyStore {
  const insert = db.prepare('INSERT INTO api_keys (id, name, hash, capabilities, created_at, expires_at, last_used_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
  const countAll = db.prepare('SELECT count(*) AS count FROM api_keys')
  // In the order the store numbered them (migration 006); keys are never deleted, so the key a page ended with keeps its number.
  const selectFirst = db.prepare('SELECT * FROM api_keys ORDER BY seq LIMIT ?')
  const selectAfter = db.prepare('SELECT * FROM api_keys WHERE seq > (SELECT seq FROM api_keys WHERE id = ?) ORDER BY seq LIMIT ?')
  const selectActive = db.prepare('SELECT * FROM api_keys WHERE revoked_at IS NULL')
  const selectOne = db.prepare('SELECT * FROM api_keys WHERE id = ?')
  const markRevoked = db.prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
  // Times are stored as ISO 8601 in UTC, all alike, so comparing the text compares the instants.
  const noteUse = db.prepare('UPDATE api_keys SET last_used_at = ?1 WHERE id = ?2 AND (last_used_at IS NULL OR last_used_at < ?1)')
  const counter = revisionCounter(db, 'keys')

  const store = (key: StoredApiKey, by: Actor): void => {
    insert.run(key.id, key.name, key.hash, JSON.stringify(key.capabilities), key.createdAt, key.expiresAt, key.lastUsedAt)
    counter.bump()
    events.record(creationOf(key, by))
  }

  return {
    async create (key, by) {
      inTransaction(db, () => store(key, by))
    },
    async createIfNone (key, by) {
      return inTransaction(db, () => {
        const { count } = countAll.get() as { count: number }
        if (count > 0) return false
        store(key, by)
        return true
      })
    },
    async list ({ after, limit }) {
      const rows = after === undefined ? selectFirst.all(limit) : selectAfter.all(after, limit)
      return (rows as unknown as KeyRow[]).map(row => withoutHash(toStoredKey(row)))
    },
    async find (id) {
      const row = selectOne.get(id) as KeyRow | undefined
      return row === undefined ? undefined : withoutHash(toStoredKey(row))
    },
    async listActive () {
      return (selectActive.all() as unknown as KeyRow[]).map(toStoredKey)
    },
    async revoke (id, at, by) {
      return inTransaction(db, () => {
        if (markRevoked.run(at, id).changes > 0) {
          counter.bump()
          events.record(revocationOf(id, at, by))
        }
        const row = selectOne.get(id) as KeyRow | undefined
        return row === undefined ? undefined : withoutHash(toStoredKey(row))
      })
    },
    async markUsed (ids, at) {
      inTransaction(db, () => {
        for (const id of ids) noteUse.run(at, id)
      })
    },
    async revision () {
      return counter.read()
    }
  }
}
