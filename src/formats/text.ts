// Strict UTF-8 decoding shared by the formats.
import { ApiError } from '../errors.ts'

// fatal: a byte sequence that is not UTF-8 is an error, never a silent U+FFFD.
// A whole body may start with a byte order mark, which is not part of the text;
// a string inside a binary body (MessagePack) keeps every character it holds.
const bodyDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
const stringDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

export function malformedBody (message: string): ApiError {
  return new ApiError('MALFORMED_BODY', message)
}

export function decodeUtf8 (bytes: Uint8Array, { isWholeBody = true } = {}): string {
  try {
    return (isWholeBody ? bodyDecoder : stringDecoder).decode(bytes)
  } catch {
    throw malformedBody('The body is not valid UTF-8')
  }
}
