// Opaque, tamper-evident list cursors: where the next page starts, signed so that clients cannot forge one.
import { createHmac, createSecretKey, timingSafeEqual } from 'node:crypto'
import { ApiError } from '../../errors.ts'

export interface CursorCodec {
  encode (lastName: string): string
  /** The name the page starts after; a cursor that is not ours, was changed, or pages another version, is a 400. */
  decode (cursor: string): string
}

function invalidCursor (message = 'The cursor is not valid; copy it from the next link of a page'): ApiError {
  return new ApiError('INVALID_CURSOR', message)
}

/**
 * Base64url has more than one spelling of the same bytes (padding, the spare
 * bits of the last character), and Buffer accepts them all. Only the one
 * spelling we write is a cursor, so that a cursor has exactly one form.
 */
function decodeCanonical (text: string): Buffer | undefined {
  const bytes = Buffer.from(text, 'base64url')
  return bytes.toString('base64url') === text ? bytes : undefined
}

/**
 * `secret` is shared by every instance on the store, so any of them reads any
 * other's cursors. `version` is the one whose lists the cursors page: each
 * version may order or filter differently, so a cursor never crosses over.
 */
export function createCursorCodec (secret: Buffer, version: string): CursorCodec {
  // A KeyObject made once: building one from raw bytes on every call costs far more than the HMAC itself.
  const key = createSecretKey(secret)
  const sign = (payload: string): Buffer => createHmac('sha256', key).update(payload).digest().subarray(0, 16)

  return {
    encode (lastName) {
      const payload = Buffer.from(JSON.stringify({ version, after: lastName }), 'utf8').toString('base64url')
      return `${payload}.${sign(payload).toString('base64url')}`
    },
    decode (cursor) {
      const [payload, signature, extra] = cursor.split('.')
      if (payload === undefined || signature === undefined || extra !== undefined) throw invalidCursor()
      const given = decodeCanonical(signature)
      const expected = sign(payload)
      if (given?.length !== expected.length || !timingSafeEqual(given, expected)) throw invalidCursor()
      // Signed by us, so well formed; the check is for a secret changed between pages.
      const decoded: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
      if (typeof decoded !== 'object' || decoded === null || !('after' in decoded) || typeof decoded.after !== 'string') {
        throw invalidCursor()
      }
      if (!('version' in decoded) || decoded.version !== version) {
        throw invalidCursor(`The cursor pages another version of the API; copy it from the next link of a page of ${version}`)
      }
      return decoded.after
    }
  }
}
