// JSON (RFC 8259), read as I-JSON (RFC 7493): UTF-8, and no member named twice.
import type { Format } from './format.ts'
import { assertPlainData } from './plain-data.ts'
import { decodeUtf8, malformedBody } from './text.ts'

/**
 * JSON.parse keeps the last of two members with the same name, silently.
 * This scan runs only on text JSON.parse has accepted, so it need only track
 * strings, and which strings are keys, per open object.
 */
export function findDuplicateKey (text: string): string | undefined {
  const keysPerObject: Array<Set<string> | null> = []
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '{') keysPerObject.push(new Set())
    else if (char === '[') keysPerObject.push(null)
    else if (char === '}' || char === ']') keysPerObject.pop()
    else if (char === '"') {
      let end = index + 1
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1
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

function isFollowedByColon (text: string, from: number): boolean {
  let index = from
  while (text[index] === ' ' || text[index] === '\t' || text[index] === '\n' || text[index] === '\r') index++
  return text[index] === ':'
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
