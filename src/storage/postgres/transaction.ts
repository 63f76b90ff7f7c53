// Runs a unit of work as one PostgreSQL transaction on one pooled connection, and runs it again when the database asks for that.
import { setTimeout as sleep } from 'node:timers/promises'
import type pg from 'pg'
import { isUnavailable } from './unavailable.ts'

// SQLSTATE 40001 (serialization_failure) and 40P01 (deadlock_detected): the
// database rolled the transaction back, and running it again is safe.
// CockroachDB and YugabyteDB report write conflicts this way rather than wait.
const RETRYABLE_CODES = new Set(['40001', '40P01'])
const MAX_ATTEMPTS = 5

/** Thrown by work that sees it lost a race (someone inserted the same key first): the whole transaction runs again. */
export class RetryTransaction extends Error {
  override readonly name = 'RetryTransaction'
}

function isRetryable (error: unknown): boolean {
  if (error instanceof RetryTransaction) return true
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && RETRYABLE_CODES.has(code)
}

export async function inTransaction<T> (pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    // The whole transaction runs on one connection: other requests use others.
    const client = await checkOut(pool)
    let unusable: Error | undefined
    try {
      await client.query('BEGIN')
      const result = await work(client)
      await client.query('COMMIT')
      return result
    } catch (error) {
      // A lost or silent connection has nothing to roll back (the server ends
      // the transaction with the connection), and must not go back to the pool.
      unusable = isUnavailable(error) ? toError(error) : await rollBack(client)
      if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error
    } finally {
      // Released in the same step, so the pool's own listener takes over at once.
      client.off('error', ignoreErrorEvent)
      client.release(unusable)
    }
    // A random pause, growing with each attempt, keeps the losers of a race from colliding again in step.
    await sleep(Math.random() * 5 * attempt)
  }
}

// A connection that dies while checked out also emits 'error', which would
// end the process if nobody listened; the failed statement is what we act on.
function ignoreErrorEvent (): void {}

/**
 * pool.connect(), with the listener attached the moment the connection is
 * handed over: awaiting the promise would leave a gap in which the rest of
 * the same network read (a server's "terminating connection") finds none.
 */
async function checkOut (pool: pg.Pool): Promise<pg.PoolClient> {
  return await new Promise((resolve, reject) => {
    pool.connect((error, client) => {
      if (client === undefined) {
        reject(error)
        return
      }
      client.on('error', ignoreErrorEvent)
      resolve(client)
    })
  })
}

/** Answers the error when ROLLBACK fails: that connection is in an unknown state, so the pool must close it, not reuse it. */
async function rollBack (client: pg.PoolClient): Promise<Error | undefined> {
  try {
    await client.query('ROLLBACK')
    return undefined
  } catch (error) {
    return toError(error)
  }
}

function toError (error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error))
}
