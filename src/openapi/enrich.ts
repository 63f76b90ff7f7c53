// Adds to the generated operations what the route schemas cannot say: media types, headers, and the answers every route can give.
import type { ApiVersion } from '../api-version.ts'
import { csvDescription } from '../formats/csv.ts'
import { envelopeErrors } from '../responses/envelope.ts'
import type { ErrorFormat } from '../responses/error-format.ts'
import { errorExample } from './error-examples.ts'
import type { OpenApiDocument } from './openapi-document.ts'
import { VERSION_MARK } from './operations.ts'

type Json = Record<string, unknown>

interface Operation extends Json {
  security?: unknown[]
  requestBody?: { content: Record<string, Json> }
  parameters?: Array<{ in: string, name: string }>
  responses: Record<string, Json>
  'x-capability'?: string
  'x-tabular'?: boolean
  'x-browser-redirect'?: string
  [VERSION_MARK]?: string
}

const DESCRIPTIONS: Record<string, string> = {
  200: 'OK',
  201: 'Created; Location names the new resource',
  204: 'Done; nothing to show',
  303: 'A browser is sent to the documentation instead',
  304: 'Not modified since the ETag in If-None-Match',
  400: 'The request is malformed or not valid',
  401: 'No key, or a key that is unknown or revoked',
  403: 'The key lacks the capability this operation needs',
  404: 'Not found',
  406: 'None of the types in Accept can be produced',
  410: 'This version is retired: the Link header points to the same resource in its successor',
  412: 'If-Match or If-None-Match does not hold',
  413: 'The body is larger than the limit',
  414: 'A part of the path is longer than the router reads',
  415: 'The body is in a type, charset or encoding the API cannot read',
  428: 'This server requires If-Match, or If-None-Match: * to create, on every write (REQUIRE_PRECONDITIONS)',
  429: 'Rate limit reached; Retry-After says when to come back',
  500: 'Something went wrong on the server; quote the request id',
  503: 'The capability is switched off (no Retry-After: a person turns it back on), the store is unreachable (Retry-After: 2), or this instance is shutting down (Retry-After: 0)',
  507: 'The store has no room for this write; reads go on'
}

// The methods that write to the store, and so can find it full.
const WRITES = new Set(['put', 'patch', 'post', 'delete'])

const header = (description: string, schema: Json = { type: 'string' }): Json => ({ description, schema })

/** Every response header, described once in components.headers and referred to from each response. */
function headerComponents ({ name, successor }: ApiVersion): Record<string, Json> {
  const deprecation = successor === undefined
    ? ''
    : `; while ${name} is deprecated or retired, rel="successor-version" to the same resource in ${successor.name} and rel="deprecation" to the docs`
  return {
    'X-Request-Id': header('The request id: the one the client sent, if well formed, or a new one.'),
    RateLimit: header('What is left of this key\'s budget and when it resets (IETF draft), e.g. "per-key";r=42;t=30.'),
    'RateLimit-Policy': header('This key\'s budget (IETF draft), e.g. "per-key";q=6000;w=60.'),
    'Retry-After': header('Seconds to wait before trying again.', { type: 'integer' }),
    'WWW-Authenticate': header('Bearer realm="rest-api-blueprint"'),
    'Accept-Patch': header('RFC 5789: the media types a patch may be in, e.g. "application/merge-patch+json, application/json".'),
    ETag: header('A strong ETag of this representation. Of a person: their stored state and the format it is written in, so JSON and YAML differ; the same through every version. Of a page: the people on it, its next link, the version and the format; send it back in If-None-Match to get 304 while nobody on the page has changed.'),
    'Cache-Control': header('"private, no-cache" on people: a browser may keep the answer, but asks again (with If-None-Match) before each use. "no-store" under /admin: no cache keeps a copy.'),
    Location: header('The URL of the created resource.'),
    Link: header(`RFC 8288 links: rel="next" to the next page of a list${deprecation}.`),
    Deprecation: header(`RFC 9745: present while ${name} is deprecated or retired, the moment it was deprecated.`),
    Sunset: header(`RFC 8594: present while ${name} is deprecated, when it will stop answering; once it is retired, when it did.`)
  }
}

const ref = (name: string): Json => ({ $ref: `#/components/headers/${name}` })

const PEOPLE_CSV = { schema: { type: 'string', description: csvDescription() } }

/** Each media type a body can be sent in, with the JSON schema where the format carries the same data. */
function bodyContent (json: Json, method: string): Record<string, Json> {
  if (method === 'patch') return { 'application/merge-patch+json': json, 'application/json': json }
  return {
    'application/json': json,
    'application/yaml': json,
    'application/msgpack': json,
    'application/vnd.msgpack': json,
    'application/x-www-form-urlencoded': json
  }
}

function responseContent (json: Json, { isTabular, errorMediaType }: { isTabular: boolean, errorMediaType: string | undefined }): Record<string, Json> {
  if (errorMediaType !== undefined) return { [errorMediaType]: json }
  return {
    'application/json': json,
    'application/yaml': json,
    ...(isTabular ? { 'text/csv': PEOPLE_CSV } : {}),
    'application/msgpack': json,
    'application/vnd.msgpack': json
  }
}

function enrichOperation (path: string, method: string, operation: Operation, version: ApiVersion): void {
  const isAuthenticated = (operation.security?.length ?? 0) > 0
  // Routes of no version (health, administration) answer in the envelope.
  const isOwn = operation[VERSION_MARK] === version.name
  const errorFormat: ErrorFormat = isOwn ? version.errorFormat : envelopeErrors
  const mayBeDeprecated = isOwn && version.successor !== undefined
  const responses = operation.responses

  const add = (status: number): void => {
    responses[status] ??= { content: { 'application/json': { schema: errorFormat.schema } } }
  }
  if (isAuthenticated) [400, 401, 429, 500, 503].forEach(add)
  if (operation['x-capability'] !== undefined) add(403)
  add(406)
  if (operation.requestBody !== undefined) [413, 415].forEach(add)
  if (path.includes('{')) add(414)
  if (isAuthenticated && WRITES.has(method)) add(507)
  if (isAuthenticated && mayBeDeprecated) add(410)

  for (const [status, response] of Object.entries(responses)) {
    const code = Number(status)
    response.description = code === 404 && path.includes('/people/') ? 'Person does not exist' : DESCRIPTIONS[status] ?? response.description
    const content = response.content as Record<string, Json> | undefined
    const json = content?.['application/json']
    if (code === 204 || code === 304) delete response.content
    else if (json !== undefined) {
      // Under the status it shows, rather than one example on the shared error schema.
      if (code >= 400) json.example = errorExample(errorFormat, code, path)
      response.content = responseContent(json, {
        isTabular: operation['x-tabular'] === true && code < 300,
        errorMediaType: code >= 400 ? errorFormat.mediaType : undefined
      })
    }

    const names = ['X-Request-Id']
    // The router answers a 414 itself, before any hook has counted the
    // request or announced a deprecation.
    const hooksRan = code !== 414
    if (isAuthenticated && hooksRan) names.push('RateLimit', 'RateLimit-Policy')
    if (code === 429 || code === 503) names.push('Retry-After')
    if (code === 401) names.push('WWW-Authenticate')
    if (code === 415 && method === 'patch') names.push('Accept-Patch')
    if (code === 201) names.push('Location')
    const isPersonOrPage = path.endsWith('/people/{name}') || (path.endsWith('/people') && method === 'get')
    if ((code === 200 || code === 201 || code === 304) && isPersonOrPage && method !== 'delete') names.push('ETag')
    // Every list read a page at a time takes a limit, and links to its next page.
    const isPaged = operation.parameters?.some(parameter => parameter.in === 'query' && parameter.name === 'limit') === true
    if ((code === 200 && isPaged) || (mayBeDeprecated && hooksRan)) names.push('Link')
    if ((method === 'get' && (code === 200 || code === 304) && path.includes('/people')) || (path.startsWith('/admin/') && code < 300)) names.push('Cache-Control')
    if (mayBeDeprecated && hooksRan) names.push('Deprecation', 'Sunset')
    response.headers = Object.fromEntries(names.map(name => [name, ref(name)]))
  }

  const redirect = operation['x-browser-redirect']
  if (redirect !== undefined) {
    responses[303] = {
      description: DESCRIPTIONS[303],
      headers: { Location: header(`The docs section, ${redirect}`), 'X-Request-Id': ref('X-Request-Id') },
      content: { 'text/html': { schema: { type: 'string' } } }
    }
  }
  const body = operation.requestBody?.content['application/json']
  if (operation.requestBody !== undefined && body !== undefined) operation.requestBody.content = bodyContent(body, method)
}

/** Finishes every operation of the version's document, in the version's error format and headers. */
export function enrich (document: OpenApiDocument, version: ApiVersion): OpenApiDocument {
  const copy = structuredClone(document)
  for (const [path, item] of Object.entries(copy.paths)) {
    for (const [method, operation] of Object.entries(item)) enrichOperation(path, method, operation as Operation, version)
  }
  // Only the headers this document's responses use: v2 has no deprecation headers, for one.
  const text = JSON.stringify(copy.paths)
  const headers = Object.fromEntries(Object.entries(headerComponents(version)).filter(([name]) => text.includes(`"#/components/headers/${name}"`)))
  copy.components = { ...(copy.components as Json | undefined), headers }
  return copy
}
