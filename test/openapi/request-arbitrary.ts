// Requests for one operation of an OpenAPI document, drawn either wholly from what it describes as valid or from anything a client might send.
import { encode } from '@msgpack/msgpack'
import fc from 'fast-check'
import { stringify as toYaml } from 'yaml'
import type { HttpRequest } from '../../features/support/http-client.ts'
import type { Json, Operation } from './documents.ts'
import { arbitraryOf } from './schema-arbitrary.ts'

export interface GeneratedRequest {
  /** Every part drawn from what the document describes as valid, sent with the admin key. */
  wellFormed: boolean
  request: HttpRequest
}

/**
 * Values the API hands out and a client copies back, where a value drawn from
 * the schema alone would only ever miss: people that exist, key ids, a cursor
 * from a `next` link. `only` means the schema admits values the API never
 * hands out (an opaque cursor), so a well-formed request uses these alone.
 */
export interface Link {
  values: string[]
  only: boolean
}

export type Links = (operation: Operation, parameter: string) => Link | undefined

export interface RequestContext {
  document: Json
  adminKey: string
  links: Links
}

interface Part<T> {
  value: T
  valid: boolean
}

// Query values that look like numbers to a lenient parser but are not decimal digits, and beyond the limits.
const ODD_NUMBERS = ['1e1', '0x10', '+5', '5.0', '0', '101', '-1', 'ten', '']
// What clients send in Accept that the documents do not list: old names of the formats, a browser, a type no one serves.
const ODD_ACCEPTS = ['text/yaml', 'application/x-msgpack', 'text/html', 'image/png', 'application/json;q=0, */*;q=0.1']

const valid = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<Part<T>> => arbitrary.map(value => ({ value, valid: true }))
const invalid = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<Part<T>> => arbitrary.map(value => ({ value, valid: false }))

/** A request that is either well formed in every part, or a mix of valid and invalid parts. */
export function requestArbitrary (operation: Operation, context: RequestContext): fc.Arbitrary<GeneratedRequest> {
  const parts = partsOf(operation, context)
  const wellFormed = fc.record({
    auth: parts.auth.valid,
    accept: parts.accept.valid,
    path: parts.path.valid,
    query: parts.query.valid,
    body: parts.body.valid
  })
  const anything = fc.record({
    auth: fc.oneof(parts.auth.valid, parts.auth.invalid),
    accept: fc.oneof(parts.accept.valid, parts.accept.invalid),
    path: fc.oneof({ arbitrary: parts.path.valid, weight: 3 }, parts.path.invalid),
    query: fc.oneof(parts.query.valid, parts.query.invalid),
    body: fc.oneof(parts.body.valid, parts.body.invalid)
  })
  return fc.oneof(wellFormed, anything).map(chosen => {
    const headers: Record<string, string> = {}
    if (chosen.auth.value !== undefined) headers.authorization = chosen.auth.value
    if (chosen.accept.value !== undefined) headers.accept = chosen.accept.value
    const { values, path } = chosen.path.value
    const body = bodyFor(chosen.body.value, values)
    if (body?.contentType !== undefined) headers['content-type'] = body.contentType
    const query = chosen.query.value.toString()
    return {
      wellFormed: Object.values(chosen).every(part => part.valid),
      request: { method: operation.method.toUpperCase(), path: query === '' ? path : `${path}?${query}`, headers, ...(body?.bytes === undefined ? {} : { body: body.bytes }) }
    }
  })
}

interface Variants<T> {
  valid: fc.Arbitrary<Part<T>>
  invalid: fc.Arbitrary<Part<T>>
}

interface Body {
  mediaType: string | undefined
  value: unknown
  /** Bytes that are not an encoding of any value, sent as they are. */
  raw?: string
}

function partsOf (operation: Operation, context: RequestContext) {
  return {
    auth: authOf(operation, context),
    accept: acceptOf(operation),
    path: pathOf(operation, context),
    query: queryOf(operation, context),
    body: bodyOf(operation, context)
  }
}

function authOf ({ operation }: Operation, { adminKey }: RequestContext): Variants<string | undefined> {
  const admin = `Bearer ${adminKey}`
  // An open operation takes any credentials, so none of them is invalid there.
  const isOpen = Array.isArray(operation.security) && operation.security.length === 0
  const strangers = fc.constantFrom(undefined, 'Bearer not-a-key-0123456789abcdef', `Basic ${btoa('admin:admin')}`)
  return { valid: valid(fc.constant(admin)), invalid: isOpen ? valid(strangers) : invalid(strangers) }
}

function acceptOf ({ operation }: Operation): Variants<string | undefined> {
  const responses = Object.entries(operation.responses as Record<string, Json>).filter(([status]) => status.startsWith('2'))
  const documented = [...new Set(responses.flatMap(([, response]) => Object.keys(response.content ?? {})))]
  return {
    valid: valid(fc.constantFrom<string | undefined>(undefined, '*/*', ...documented)),
    invalid: invalid(fc.constantFrom(...ODD_ACCEPTS))
  }
}

interface PathPart {
  path: string
  values: Record<string, string>
}

function parametersIn (operation: Operation, place: string): Json[] {
  return (operation.operation.parameters as Json[] | undefined ?? []).filter(parameter => parameter.in === place)
}

function pathOf (operation: Operation, context: RequestContext): Variants<PathPart> {
  const parameters = parametersIn(operation, 'path')
  const build = (values: Record<string, string>): PathPart => ({
    values,
    path: operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ''))
  })
  const fromDocument = Object.fromEntries(parameters.map(parameter => {
    const drawn = arbitraryOf(context.document, parameter.schema).map(String)
    const link = context.links(operation, parameter.name)
    const linked = link === undefined ? drawn : link.only ? fc.constantFrom(...link.values) : fc.oneof(fc.constantFrom(...link.values), drawn)
    return [parameter.name, linked]
  }))
  // "." and ".." are dot segments, which every client removes from a path before sending it.
  const anyText = fc.string({ unit: 'binary', maxLength: 120 }).filter(text => text !== '.' && text !== '..')
  const anything = Object.fromEntries(parameters.map(parameter => [parameter.name, anyText]))
  return { valid: valid(fc.record(fromDocument).map(build)), invalid: invalid(fc.record(anything).map(build)) }
}

function queryOf (operation: Operation, context: RequestContext): Variants<URLSearchParams> {
  const parameters = parametersIn(operation, 'query')
  const fromDocument = Object.fromEntries(parameters.map(parameter => {
    const link = context.links(operation, parameter.name)
    const drawn = link?.only === true ? fc.constantFrom(...link.values) : arbitraryOf(context.document, parameter.schema).map(String)
    return [parameter.name, parameter.required === true ? drawn : fc.option(drawn, { nil: undefined })]
  }))
  const validQuery = fc.record(fromDocument).map(values =>
    new URLSearchParams(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined)))
  const oddValue = fc.oneof(fc.constantFrom(...ODD_NUMBERS), fc.string({ maxLength: 20 }))
  const oddQuery = fc.tuple(validQuery, fc.constantFrom(...parameters.map(parameter => parameter.name as string), 'page'), oddValue)
    .map(([query, name, value]) => {
      query.set(name, value)
      return query
    })
  return { valid: valid(validQuery), invalid: invalid(oddQuery) }
}

function bodyOf ({ operation }: Operation, context: RequestContext): Variants<Body | undefined> {
  const content = operation.requestBody?.content as Record<string, Json> | undefined
  if (content === undefined) {
    // No body is the valid one; a stray Content-Type with no content must be no different.
    return {
      valid: valid(fc.constantFrom<Body | undefined>(undefined, { mediaType: 'application/json', value: undefined, raw: '' })),
      invalid: invalid(fc.constant({ mediaType: 'application/json', value: undefined, raw: '{"unexpected": true}' }))
    }
  }
  const documented = Object.entries(content).map(([mediaType, { schema }]) =>
    arbitraryOf(context.document, schema).map((value): Body => ({ mediaType, value })))
  const mediaTypes = Object.keys(content)
  const odd = fc.oneof(
    fc.tuple(fc.constantFrom(...mediaTypes), fc.jsonValue()).map(([mediaType, value]): Body => ({ mediaType, value })),
    fc.constantFrom(...mediaTypes, undefined).map((mediaType): Body => ({ mediaType, value: undefined, raw: '' })),
    fc.constantFrom(...mediaTypes).map((mediaType): Body => ({ mediaType, value: undefined, raw: '{not "any" format' })),
    fc.constantFrom('text/plain', 'application/xml').map((mediaType): Body => ({ mediaType, value: { email: 'a@b.c' } }))
  )
  return { valid: valid(fc.oneof(...documented)), invalid: invalid(odd) }
}

/** The bytes of a body in its media type; a `name` in it is the one in the URL, as the API requires. */
function bodyFor (body: Body | undefined, pathValues: Record<string, string>): { contentType: string | undefined, bytes: string | Buffer | undefined } | undefined {
  if (body === undefined) return undefined
  if (body.raw !== undefined) return { contentType: body.mediaType, bytes: body.raw }
  const value = isObject(body.value) && 'name' in body.value && pathValues.name !== undefined
    ? { ...body.value, name: pathValues.name }
    : body.value
  return { contentType: body.mediaType, bytes: encodeAs(body.mediaType ?? '', value) }
}

function isObject (value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function encodeAs (mediaType: string, value: unknown): string | Buffer {
  if (mediaType.endsWith('json')) return JSON.stringify(value)
  if (mediaType === 'application/yaml') return toYaml(value)
  if (mediaType.endsWith('msgpack')) return Buffer.from(encode(value))
  if (mediaType === 'application/x-www-form-urlencoded') return formOf(value)
  return String(JSON.stringify(value))
}

/** A form as browsers and HTTPie write it: a list is its name repeated, and null is left out. */
function formOf (value: unknown): string {
  const form = new URLSearchParams()
  if (!isObject(value)) return ''
  for (const [name, field] of Object.entries(value)) {
    for (const item of Array.isArray(field) ? field : [field]) {
      if (item !== null) form.append(name, String(item))
    }
  }
  return form.toString()
}
