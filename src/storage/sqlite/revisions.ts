// The revision counter of one topic on SQLite: bumped in the writer's transaction, read by every instance's poll.
import type { DatabaseSync } from 'node:sqlite'

export interface RevisionCounter {
  bump (): void
  read (): number
}

export function revisionCounter (db: DatabaseSync, topic: 'keys' | 'switches'): RevisionCounter {
  const bump = db.prepare('UPDATE revisions SET revision = revision + 1 WHERE topic = ?')
  const read = db.prepare('SELECT revision FROM revisions WHERE topic = ?')
  return {
    bump: () => { bump.run(topic) },
    read: () => (read.get(topic) as { revision: number }).revision
  }
}
