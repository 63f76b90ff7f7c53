// Reads request bodies: strict UTF-8 JSON for PUT, merge patches for PATCH.
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { ApiError, unsupportedMediaType } from '../errors.ts'

export const PARSEABLE_MEDIA_TYPES = ['application/json', 'application/merge-patch+json'] as const

// fatal: a byte sequence that is not UTF-8 is an error, not a silent U+FFFD.
const utf8 = new TextDecoder('utf-8', { fatal: true })

function badBody (message: string): ApiError {
  return new ApiError(400, 'MALFORMED_BODY', message)
}

function assertUtf8Charset (request: FastifyRequest): void {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(request.headers['content-type'] ?? '')?.[1]
  if (charset !== undefined && charset.toLowerCase() !== 'utf-8') {
    throw new ApiError(415, 'UNSUPPORTED_CHARSET', `The body must be UTF-8, not ${charset}`)
  }
}

/** A lone surrogate is valid in JSON's \u escapes but is not Unicode text; refuse it anywhere. */
function hasLoneSurrogate (value: unknown): boolean {
  if (typeof value === 'string') return !value.isWellFormed()
  if (Array.isArray(value)) return value.some(hasLoneSurrogate)
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([key, item]) => !key.isWellFormed() || hasLoneSurrogate(item))
  }
  return false
}

export function parseJson (request: FastifyRequest, body: Buffer): unknown {
  assertUtf8Charset(request)
  let text: string
  try {
    text = utf8.decode(body)
  } catch {
    throw badBody('The body is not valid UTF-8')
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw badBody('The body is not well-formed JSON')
  }
  if (hasLoneSurrogate(value)) throw badBody('The body contains a lone surrogate, which is not Unicode text')
  return value
}

/** A preValidation hook that lets only the given media types through to the handler. */
export function requireMediaType (...accepted: string[]) {
  return async (request: FastifyRequest): Promise<void> => {
    const mediaType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
    if (!accepted.includes(mediaType)) throw unsupportedMediaType(accepted)
  }
}

export default fp(async function bodyParsers (app) {
  app.removeAllContentTypeParsers()
  app.addContentTypeParser([...PARSEABLE_MEDIA_TYPES], { parseAs: 'buffer' }, async (request: FastifyRequest, body: Buffer) => parseJson(request, body))
}, { name: 'body-parsers' })
