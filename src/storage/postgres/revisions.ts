// The revision counter of one topic on PostgreSQL: bumped and announced with every change, read by every instance's poll.
import type pg from 'pg'
import { CHANNEL } from './change-feed.ts'

export type Topic = 'keys' | 'switches'

export interface RevisionCounter {
  /** Inside the writer's transaction: the bump and the notification commit, or roll back, with the change. */
  recordChange (client: pg.PoolClient): Promise<void>
  read (): Promise<number>
}

export function revisionCounter (pool: pg.Pool, topic: Topic, { notifies }: { notifies: boolean }): RevisionCounter {
  const bump = { name: `${topic}-bump-revision`, text: `UPDATE revisions SET revision = revision + 1 WHERE topic = '${topic}'` }
  const read = { name: `${topic}-read-revision`, text: `SELECT revision FROM revisions WHERE topic = '${topic}'` }
  // PostgreSQL delivers a notification at COMMIT, and drops it on ROLLBACK: listeners hear only of changes that happened.
  const notify = { name: `${topic}-notify`, text: `SELECT pg_notify('${CHANNEL}', '${topic}')` }
  return {
    async recordChange (client) {
      await client.query(bump)
      if (notifies) await client.query(notify)
    },
    async read () {
      // bigint arrives as a string, since it can exceed what a JavaScript number holds exactly.
      const { rows: [row] } = await pool.query<{ revision: string }>(read)
      return Number(row?.revision)
    }
  }
}
