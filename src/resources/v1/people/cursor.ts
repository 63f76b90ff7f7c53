// Opaque list cursors: where the next page starts, in a form clients do not depend on.
import { ApiError } from '../../../errors.ts'

export function encodeCursor (lastName: string): string {
  return Buffer.from(JSON.stringify({ after: lastName }), 'utf8').toString('base64url')
}

export function decodeCursor (cursor: string): string {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (typeof decoded === 'object' && decoded !== null && 'after' in decoded && typeof decoded.after === 'string') {
      return decoded.after
    }
  } catch {}
  throw new ApiError(400, 'INVALID_CURSOR', 'The cursor is not valid; copy it from the next link of a page')
}
