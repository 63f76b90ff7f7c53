// The schema of a time the API shows that may be absent: a key never revoked, a switch never flipped.
import Type from 'typebox'
import type { TUnsafe } from 'typebox'

export const DateTimeOrNull = (description: string): TUnsafe<string | null> =>
  Type.Unsafe<string | null>({ type: ['string', 'null'], format: 'date-time', description })
