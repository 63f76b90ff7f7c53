// JSON (RFC 8259), read as I-JSON (RFC 7493): UTF-8, and no member named twice.
import type { Format } from './format.ts'
import { assertPlainData } from './plain-data.ts'
import { decodeUtf8, malformedBody } from './text.ts'

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d
const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d
const COLON = 0x3a
const JSON_WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d])

/**
 * JSON.parse keeps the last of two members with the same name, silently.
 * This scan runs only on text JSON.parse has accepted, so it need only track
 * strings, and which strings are keys, per open object. It compares
 * character codes and leaps over each string with indexOf: a body is mostly
 * its strings' text, which it never looks at one character at a time.
 */
export function findDuplicateKey (text: string): string | undefined {
  const keysPerObject: Array<Set<string> | null> = []
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === OPEN_OBJECT) keysPerObject.push(new Set())
    else if (code === OPEN_ARRAY) keysPerObject.push(null)
    else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) keysPerObject.pop()
    else if (code === QUOTE) {
      const end = closingQuote(text, index)
      const keys = keysPerObject.at(-1)
      if (keys != null && isFollowedByColon(text, end + 1)) {
        // JSON.parse has accepted the text, so a name without an escape is its own text.
        const raw = text.slice(index + 1, end)
        const key = raw.includes('\\') ? JSON.parse(text.slice(index, end + 1)) as string : raw
        if (keys.has(key)) return key
        keys.add(key)
      }
      index = end
    }
  }
  return undefined
}

/** The quote that ends the string opened at `open`: the first one not escaped by an odd run of backslashes. */
function closingQuote (text: string, open: number): number {
  let end = text.indexOf('"', open + 1)
  while (end !== -1 && isEscaped(text, end)) end = text.indexOf('"', end + 1)
  // Only a string JSON.parse refused runs to the end of the text.
  return end === -1 ? text.length : end
}

function isEscaped (text: string, quote: number): boolean {
  let backslashes = 0
  while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++
  return backslashes % 2 === 1
}

function isFollowedByColon (text: string, from: number): boolean {
  let index = from
  while (JSON_WHITESPACE.has(text.charCodeAt(index))) index++
  return text.charCodeAt(index) === COLON
}

export function parseJson (body: Buffer): unknown {
  const text = decodeUtf8(body)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw malformedBody('The body is not well-formed JSON')
  }
  assertPlainData(value)
  const duplicate = findDuplicateKey(text)
  if (duplicate !== undefined) throw malformedBody(`The body names the member "${duplicate}" more than once`)
  return value
}

export const json: Format = {
  name: 'json',
  produces: ['application/json'],
  consumes: ['application/json'],
  aliases: [],
  contentType: 'application/json; charset=utf-8',
  carries: 'anything',
  parse: parseJson
}
