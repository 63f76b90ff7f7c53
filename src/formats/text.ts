// Strict UTF-8 decoding shared by the text formats.
import { ApiError } from '../errors.ts'

// fatal: a byte sequence that is not UTF-8 is an error, never a silent U+FFFD.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

export function malformedBody (message: string): ApiError {
  return new ApiError('MALFORMED_BODY', message)
}

export function decodeUtf8 (bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes)
  } catch {
    throw malformedBody('The body is not valid UTF-8')
  }
}
