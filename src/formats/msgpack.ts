// MessagePack: binary, compact, and as strict on the way in as JSON.
import { decode, encode } from '@msgpack/msgpack'
import type { Format } from './format.ts'
import { assertPlainData } from './plain-data.ts'
import { decodeUtf8, malformedBody } from './text.ts'

// The decoder would quietly keep the last of two equal map keys. Tagging each
// key with a serial number keeps both, so rebuilding the maps can spot the twin.
const SEPARATOR = '\u0000'

export function parseMsgpack (body: Buffer): unknown {
  let serial = 0
  let raw: unknown
  try {
    raw = decode(body, {
      // Strings arrive as bytes, so invalid UTF-8 is caught by our strict decoder
      // instead of becoming U+FFFD.
      rawStrings: true,
      mapKeyConverter: (key) => `${serial++}${SEPARATOR}${String(key)}`
    })
  } catch {
    throw malformedBody('The body is not well-formed MessagePack')
  }
  const value = rebuild(raw)
  assertPlainData(value)
  return value
}

/** Turns tagged keys back into plain ones and byte strings into text, refusing duplicates. */
function rebuild (value: unknown, depth = 0): unknown {
  if (depth > 32) throw malformedBody('The body is nested too deeply')
  if (value instanceof Uint8Array) return decodeUtf8(value)
  if (Array.isArray(value)) return value.map(item => rebuild(item, depth + 1))
  if (value === null || typeof value !== 'object') return value
  const plain: Record<string, unknown> = {}
  for (const [taggedKey, child] of Object.entries(value)) {
    const key = taggedKey.slice(taggedKey.indexOf(SEPARATOR) + 1)
    if (Object.hasOwn(plain, key)) throw malformedBody(`The body names the member "${key}" more than once`)
    plain[key] = rebuild(child, depth + 1)
  }
  return plain
}

export const msgpack: Format = {
  name: 'msgpack',
  // application/msgpack is the registered name; vnd.msgpack is what many clients still send.
  produces: ['application/msgpack', 'application/vnd.msgpack'],
  consumes: ['application/msgpack', 'application/vnd.msgpack'],
  contentType: 'application/msgpack',
  carries: 'anything',
  serialize: (payload) => Buffer.from(encode(payload)),
  parse: parseMsgpack
}
