// Applies the numbered SQL files in migrations/ that the database has not seen yet.
import { readdirSync, readFileSync } from 'node:fs'
import type { DatabaseSync } from 'node:sqlite'

const MIGRATIONS = new URL('./migrations/', import.meta.url)

export function migrate (db: DatabaseSync): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL
  ) STRICT`)
  const applied = new Set(
    db.prepare('SELECT version FROM schema_migrations').all().map(row => Number(row.version))
  )
  const files = readdirSync(MIGRATIONS).filter(file => file.endsWith('.sql')).sort()
  const newlyApplied: string[] = []
  for (const file of files) {
    const version = Number.parseInt(file, 10)
    if (applied.has(version)) continue
    // IMMEDIATE takes the write lock first, so two processes starting at once
    // cannot both apply the same migration.
    db.exec('BEGIN IMMEDIATE')
    try {
      const seenMeanwhile = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(version)
      if (seenMeanwhile === undefined) {
        db.exec(readFileSync(new URL(file, MIGRATIONS), 'utf8'))
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
          .run(version, file, new Date().toISOString())
        newlyApplied.push(file)
      }
      db.exec('COMMIT')
    } catch (error) {
      db.exec('ROLLBACK')
      throw error
    }
  }
  return newlyApplied
}
