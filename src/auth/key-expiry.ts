// When a key stops working: read once from what an administrator asked for, then compared with the clock on every request.
import { isDateTime } from '../date-time.ts'

export const EXPIRY_MESSAGE = 'must be a date and time with its offset, such as 2027-01-31T12:00:00Z'

/** What an administrator's expiry says, or the fault to tell them. */
export type ExpiryReading = { expiresAt: string | null } | { fault: string }

/**
 * The expiry to store, in UTC, as every other time of a key is kept.
 * A time already past is refused rather than stored: a key made expired
 * is a mistake, such as a year or an offset typed wrong, to be told at once.
 */
export function readExpiry (requested: string | null | undefined, now: number): ExpiryReading {
  if (requested === undefined || requested === null) return { expiresAt: null }
  // 23:59:60 is a valid RFC 3339 time that no JavaScript Date can hold.
  const at = isDateTime(requested) ? Date.parse(requested) : Number.NaN
  if (Number.isNaN(at)) return { fault: EXPIRY_MESSAGE }
  if (at <= now) return { fault: `must be in the future; it is ${new Date(now).toISOString()} now` }
  return { expiresAt: new Date(at).toISOString() }
}

/** The instant a stored expiry names, as the key ring compares it: a number, with no Date made per request. */
export function expiryInstant (expiresAt: string | null): number | null {
  return expiresAt === null ? null : Date.parse(expiresAt)
}
