// MessagePack: binary, compact, and as strict on the way in as JSON.
import { decode, encode } from '@msgpack/msgpack'
import type { DecoderOptions } from '@msgpack/msgpack'
import type { Format } from './format.ts'
import { assertPlainData, MAX_DEPTH } from './plain-data.ts'
import { decodeUtf8, malformedBody } from './text.ts'

// The decoder would quietly keep the last of two equal map keys. Tagging each
// key with a serial number keeps both, so rebuilding the maps can spot the twin.
const SEPARATOR = '\u0000'

function decodeTagged (body: Buffer, rawStrings: boolean): unknown {
  let serial = 0
  const options: DecoderOptions = {
    rawStrings,
    mapKeyConverter: (key) => `${serial++}${SEPARATOR}${String(key)}`,
    // Keys are text too: invalid UTF-8 in one is refused, not replaced. (The
    // decoder consults a key decoder only for keys it "can cache".)
    keyDecoder: { canBeCached: () => true, decode: (bytes, offset, length) => decodeUtf8(bytes.subarray(offset, offset + length), { isWholeBody: false }) }
  }
  try {
    return decode(body, options)
  } catch (error) {
    if (error instanceof Error && error.name === 'ApiError') throw error
    throw malformedBody('The body is not well-formed MessagePack')
  }
}

/**
 * The body is decoded twice: once as the decoder sees it, which tells text from
 * binary data, and once with strings kept as bytes, which we decode strictly
 * ourselves (the decoder would turn invalid UTF-8 into U+FFFD).
 */
export function parseMsgpack (body: Buffer): unknown {
  const value = rebuild(decodeTagged(body, false), decodeTagged(body, true), 0)
  assertPlainData(value)
  return value
}

/** Walks both decodings together: untagging keys, refusing duplicates, reading strings strictly. */
function rebuild (decoded: unknown, raw: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) throw malformedBody(`The body is nested more than ${MAX_DEPTH} levels deep`)
  if (typeof decoded === 'string') return decodeUtf8(raw as Uint8Array, { isWholeBody: false })
  if (Array.isArray(decoded)) return decoded.map((item, index) => rebuild(item, (raw as unknown[])[index], depth + 1))
  // Nothing in this API is binary; bytes where text is due are not quietly read as text.
  if (decoded instanceof Uint8Array) throw malformedBody('The body holds binary data, where this API takes only text')
  if (decoded === null || typeof decoded !== 'object') return decoded
  const rawMap = raw as Record<string, unknown>
  const plain: Record<string, unknown> = {}
  for (const [taggedKey, child] of Object.entries(decoded)) {
    const key = taggedKey.slice(taggedKey.indexOf(SEPARATOR) + 1)
    if (Object.hasOwn(plain, key)) throw malformedBody(`The body names the member "${key}" more than once`)
    plain[key] = rebuild(child, rawMap[taggedKey], depth + 1)
  }
  return plain
}

export const msgpack: Format = {
  name: 'msgpack',
  switch: 'format.msgpack',
  // IANA registered application/vnd.msgpack (2024); application/msgpack is what
  // most clients and libraries have long sent. A response names the one asked for.
  produces: ['application/msgpack', 'application/vnd.msgpack'],
  consumes: ['application/msgpack', 'application/vnd.msgpack'],
  aliases: ['application/x-msgpack'],
  contentType: 'application/msgpack',
  carries: 'anything',
  serialize: (payload) => Buffer.from(encode(payload)),
  parse: parseMsgpack
}
