// Reads request bodies in every format that can parse, refusing encodings and charsets we cannot read; no content is no body.
import type { IncomingHttpHeaders } from 'node:http'
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { ApiError, unsupportedMediaType } from '../errors.ts'
import type { Format } from '../formats/format.ts'
import { FORMATS } from '../formats/index.ts'
import type { SwitchBoard } from '../switches/switch-board.ts'
import { parseJson } from '../formats/json.ts'
import { callbackHook } from '../http/callback-hook.ts'

export const MERGE_PATCH = 'application/merge-patch+json'

/** What PUT and POST take: every media type some format can read, by its proper name. */
export const BODY_MEDIA_TYPES = FORMATS.flatMap(format => format.consumes)

/**
 * What PATCH takes. RFC 7396 bodies are JSON, so a client that knows only
 * application/json can still send one.
 */
export const PATCH_MEDIA_TYPES = [MERGE_PATCH, 'application/json']
/** RFC 5789 §3.1: what a resource's PATCH takes, told on OPTIONS and on a PATCH refused for its type. */
export const ACCEPT_PATCH = PATCH_MEDIA_TYPES.join(', ')

/** The refusal of a body in a type the request's method does not take: a PATCH takes patches, and says which. */
function refuseMediaType (request: FastifyRequest, accepted: readonly string[]): ApiError {
  return request.method === 'PATCH'
    ? unsupportedMediaType(PATCH_MEDIA_TYPES, { 'accept-patch': ACCEPT_PATCH })
    : unsupportedMediaType(accepted)
}

const PROPER_NAMES = new Map(FORMATS.flatMap(format => format.aliases.map(alias => [alias, format.consumes[0] ?? alias] as const)))

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)/i

/** RFC 9112 §6.3: a request has content when it is chunked or says it has more than 0 bytes. */
function hasContent (headers: IncomingHttpHeaders): boolean {
  return headers['transfer-encoding'] !== undefined || Number(headers['content-length'] ?? 0) > 0
}

function assertUtf8Charset (request: FastifyRequest): void {
  const charset = CHARSET.exec(request.headers['content-type'] ?? '')?.[1]
  if (charset !== undefined && charset.toLowerCase() !== 'utf-8') {
    throw new ApiError('UNSUPPORTED_CHARSET', `The body must be UTF-8, not ${charset}`)
  }
}

/** The media type of the body, by its proper name when the client used an alias. */
function mediaTypeOf (request: FastifyRequest): string {
  const named = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  return PROPER_NAMES.get(named) ?? named
}

/**
 * A preValidation hook for routes that need a body: there must be one, in
 * one of the given media types. Parsing alone cannot say this: it knows
 * formats, not routes, and a request without content is never parsed.
 */
export function requireBody (...accepted: string[]): ReturnType<typeof callbackHook> {
  return callbackHook(function requireBody (request) {
    if (request.body === undefined) throw new ApiError('BODY_REQUIRED', 'A body is required')
    if (!accepted.includes(mediaTypeOf(request))) throw refuseMediaType(request, accepted)
  })
}

export default fp<{ board: SwitchBoard }>(async function bodyParsers (app, { board }) {
  // A format switched off is off both ways: a kill switch for a parser found wanting.
  const assertSwitchedOn = (format: Format, request: FastifyRequest): void => {
    if (format.switch === undefined || board.isOn(format.switch)) return
    const enabled = FORMATS.filter(other => other.switch === undefined || board.isOn(other.switch)).flatMap(other => other.consumes)
    throw refuseMediaType(request, enabled)
  }

  // Many clients set Content-Type on every request of a session, a GET or a
  // DELETE included: no content is no body, whatever the header says.
  app.removeAllContentTypeParsers()
  for (const format of FORMATS) {
    const { parse } = format
    if (parse === undefined || format.consumes.length === 0) continue
    app.addContentTypeParser([...format.consumes, ...format.aliases], { parseAs: 'buffer' }, async (request: FastifyRequest, body: Buffer) => {
      if (body.length === 0) return undefined
      assertSwitchedOn(format, request)
      assertUtf8Charset(request)
      return parse(body)
    })
  }
  // RFC 7396: a merge patch is JSON with different meaning, so it is read as JSON.
  app.addContentTypeParser(MERGE_PATCH, { parseAs: 'buffer' }, async (request: FastifyRequest, body: Buffer) => {
    if (body.length === 0) return undefined
    assertUtf8Charset(request)
    return parseJson(body)
  })
  app.addContentTypeParser('*', { parseAs: 'buffer' }, async (request: FastifyRequest, body: Buffer) => {
    if (body.length === 0) return undefined
    throw refuseMediaType(request, BODY_MEDIA_TYPES)
  })

  // Without content there is no body, whatever Content-Type and
  // Content-Encoding say: some clients send both on every request of a
  // session. Fastify would still refuse a Content-Type that is not a media
  // type at all, so on such a request the header is dropped here.
  app.addHook('preParsing', (request, _reply, payload, done) => {
    if (!hasContent(request.headers)) {
      // Only when present: most GETs send none, and a delete is a call into V8's runtime even then.
      if (request.headers['content-type'] !== undefined) delete request.headers['content-type']
      done(null, payload)
      return
    }
    // Reading a gzip body as if it were plain would only produce a confusing 400.
    const encoding = request.headers['content-encoding']?.trim().toLowerCase()
    if (encoding !== undefined && encoding !== '' && encoding !== 'identity') {
      done(new ApiError('UNSUPPORTED_CONTENT_ENCODING', `The Content-Encoding ${encoding} is not supported; send the body unencoded`), payload)
      return
    }
    done(null, payload)
  })
}, { name: 'body-parsers' })
