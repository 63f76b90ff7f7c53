// Turns the JSON Schemas of an OpenAPI document into fast-check arbitraries of values that the schema accepts.
import fc from 'fast-check'
import { isProfiledName, NAME_FORMAT } from '../../src/names/name-profile.ts'
import { resolve } from './documents.ts'
import type { Json } from './documents.ts'

// Keywords that say nothing about which values are valid.
const ANNOTATIONS = new Set(['title', 'description', 'examples', 'example', 'default', '$ref'])
// Every keyword the generator honours; any other would make it produce values the schema may refuse.
const UNDERSTOOD = new Set(['type', 'enum', 'const', 'pattern', 'format', 'minLength', 'maxLength', 'minimum', 'maximum',
  'properties', 'required', 'additionalProperties', 'items', 'minItems', 'maxItems', 'uniqueItems'])
// The formats request schemas name, each checked as the server checks it.
const FORMATS: Record<string, (text: string) => boolean> = { [NAME_FORMAT]: isProfiledName }
// Formats too narrow for a filter of random text: made directly. The only date-time a request
// carries is a key's expiry, which the API refuses in the past, so these are all ahead, in every offset.
const MADE_FORMATS: Record<string, fc.Arbitrary<string>> = {
  'date-time': fc.tuple(
    fc.date({ min: new Date(Date.now() + 86_400_000), max: new Date('9999-12-30T00:00:00Z'), noInvalidDate: true }),
    fc.integer({ min: -14 * 60, max: 14 * 60 })
  ).map(([instant, offsetMinutes]) => inOffset(instant, offsetMinutes))
}

/** RFC 3339 text for `instant` as a clock `offsetMinutes` east of UTC shows it. */
function inOffset (instant: Date, offsetMinutes: number): string {
  if (offsetMinutes === 0) return instant.toISOString()
  const local = new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(0, -1)
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0')
  const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0')
  return `${local}${offsetMinutes < 0 ? '-' : '+'}${hours}:${minutes}`
}
// Long enough to reach the limits of short fields, short enough to keep a run fast.
const LONGEST_ARRAY = 6

/** Values valid against `schema`; throws for a keyword it cannot honour, so a new one is noticed rather than ignored. */
export function arbitraryOf (document: Json, schema: Json): fc.Arbitrary<unknown> {
  const resolved = resolve(document, schema)
  const unknown = Object.keys(resolved).filter(key => !ANNOTATIONS.has(key) && !UNDERSTOOD.has(key) && !key.startsWith('x-'))
  if (unknown.length > 0) throw new Error(`cannot generate values for the keywords ${unknown.join(', ')}`)
  if (Array.isArray(resolved.enum)) return fc.constantFrom(...resolved.enum as unknown[])
  if ('const' in resolved) return fc.constant(resolved.const)
  const types: unknown[] = Array.isArray(resolved.type) ? resolved.type : [resolved.type]
  return fc.oneof(...types.map(type => arbitraryOfType(document, resolved, String(type))))
}

function arbitraryOfType (document: Json, schema: Json, type: string): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string': return stringOf(schema)
    case 'integer': return fc.integer({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6 })
    case 'boolean': return fc.boolean()
    case 'null': return fc.constant(null)
    case 'array': return arrayOf(document, schema)
    case 'object': return objectOf(document, schema)
    default: throw new Error(`cannot generate values of type ${type}`)
  }
}

const codePoints = (text: string): number => [...text].length

function stringOf (schema: Json): fc.Arbitrary<string> {
  const minLength: number = schema.minLength ?? 0
  const maxLength: number = schema.maxLength ?? 200
  const made = MADE_FORMATS[String(schema.format)]
  if (made !== undefined) return made
  const isOfFormat = formatCheck(schema.format)
  if (typeof schema.pattern !== 'string') return fc.string({ unit: 'binary', minLength, maxLength }).filter(isOfFormat)
  // The server compiles patterns with the u flag and counts code points, as JSON Schema does.
  const pattern = new RegExp(schema.pattern, 'u')
  return fc.stringMatching(new RegExp(schema.pattern), { maxLength })
    .filter(text => pattern.test(text) && codePoints(text) >= minLength && codePoints(text) <= maxLength && isOfFormat(text))
}

function formatCheck (format: unknown): (text: string) => boolean {
  if (format === undefined) return () => true
  const check = FORMATS[String(format)]
  if (check === undefined) throw new Error(`cannot generate values of the format ${String(format)}`)
  return check
}

function arrayOf (document: Json, schema: Json): fc.Arbitrary<unknown[]> {
  const items = arbitraryOf(document, schema.items ?? {})
  const constraints = { minLength: schema.minItems ?? 0, maxLength: schema.maxItems ?? LONGEST_ARRAY }
  return schema.uniqueItems === true
    ? fc.uniqueArray(items, { ...constraints, selector: item => JSON.stringify(item) })
    : fc.array(items, constraints)
}

function objectOf (document: Json, schema: Json): fc.Arbitrary<Record<string, unknown>> {
  if (schema.additionalProperties !== false) throw new Error('cannot generate the extra properties of an open object')
  const properties = schema.properties as Record<string, Json> | undefined ?? {}
  const model = Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, arbitraryOf(document, property)]))
  return fc.record(model, { requiredKeys: schema.required ?? [] })
}
