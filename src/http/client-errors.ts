// Answers what Node refuses before Fastify sees a request: in the version's error format, with an id and the security headers.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { versionAtPath } from '../api-version.ts'
import type { ApiVersion } from '../api-version.ts'
import { ApiError } from '../errors.ts'
import { newRequestId } from '../plugins/request-id.ts'
import { apiSecurityHeaderEntries } from '../plugins/security-headers.ts'
import { envelopeErrors } from '../responses/envelope.ts'
import { STATUS_CODES } from './node-http.ts'
import { pathOf } from './url-path.ts'

const SECURITY_HEADERS = apiSecurityHeaderEntries()

const ANSWERS: Record<string, () => ApiError> = {
  HPE_HEADER_OVERFLOW: () => new ApiError('HEADERS_TOO_LARGE', 'The request headers are larger than the limit of 16 KiB'),
  ERR_HTTP_REQUEST_TIMEOUT: () => new ApiError('REQUEST_TIMEOUT', 'The request took too long to arrive')
}
const malformed = (): ApiError => new ApiError('MALFORMED_REQUEST', 'The request is not well-formed HTTP')

// The longest path an error body repeats: the rest of an overlong URL says nothing more.
const MAX_PATH = 2000

// Node hands over the refused bytes as a Buffer; Fastify's types describe them as their JSON.
type ParserError = Error & { code?: string | undefined, rawPacket?: unknown }

/**
 * The path the client asked for, as far as it got: from the request line in
 * the bytes the parser refused, or, for a request whose headers arrived but
 * whose body did not, from the request Node had made (the response it keeps
 * on the socket holds it). A client that never finished its headers has no
 * path to go by.
 */
function requestedPath (error: ParserError, socket: Socket): string | undefined {
  const refused = Buffer.isBuffer(error.rawPacket) ? error.rawPacket.toString('latin1', 0, MAX_PATH + 20) : ''
  const requestLine = /^[A-Z-]+ (\S+)/.exec(refused)?.[1]
  const url = requestLine ?? (socket as Socket & { _httpMessage?: { req?: { url?: string } } })._httpMessage?.req?.url
  return url === undefined ? undefined : pathOf(url).slice(0, MAX_PATH)
}

/**
 * There is no route yet: the version is the one whose prefix the path lies
 * under, as for a URL that matches no route. The answer's headers and body.
 */
function errorAnswer (apiError: ApiError, path: string | undefined, versions: readonly ApiVersion[]): { headers: Array<[name: string, value: string]>, body: string } {
  const format = (path === undefined ? undefined : versionAtPath(path, versions)?.errorFormat) ?? envelopeErrors
  const body = JSON.stringify(format.body(apiError, path ?? '/'))
  const headers: Array<[string, string]> = [
    ['Content-Type', format.mediaType ?? 'application/json; charset=utf-8'],
    ['Content-Length', String(Buffer.byteLength(body))],
    ['X-Request-Id', newRequestId()],
    ...SECURITY_HEADERS
  ]
  return { headers, body }
}

/** What the parser refused is answered on the socket itself, and the connection is closed. */
export function createClientErrorAnswer (versions: readonly ApiVersion[]) {
  return function answerClientError (error: ParserError, socket: Socket): void {
    // A client that is gone cannot be answered.
    if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return
    const apiError = (ANSWERS[error.code ?? ''] ?? malformed)()
    const { headers, body } = errorAnswer(apiError, requestedPath(error, socket), versions)
    const head = [`HTTP/1.1 ${apiError.status} ${STATUS_CODES[apiError.status] ?? ''}`, ...headers.map(([name, value]) => `${name}: ${value}`), 'Connection: close']
    socket.end(`${head.join('\r\n')}\r\n\r\n${body}`)
  }
}

/**
 * RFC 9110 §10.1.1: an expectation other than 100-continue may be refused
 * with 417. Node does that by itself, with no body and no id, before Fastify
 * sees the request, unless a listener of the server's checkExpectation takes
 * it over; this one answers it as every other error is answered.
 */
export function createExpectationAnswer (versions: readonly ApiVersion[]) {
  return function answerUnmetExpectation (request: IncomingMessage, response: ServerResponse): void {
    const apiError = new ApiError('EXPECTATION_FAILED', 'The Expect header names an expectation other than 100-continue, the only one this API meets')
    const { headers, body } = errorAnswer(apiError, pathOf(request.url ?? '/').slice(0, MAX_PATH), versions)
    // A flat list of names and values, as writeHead takes raw headers.
    response.writeHead(apiError.status, headers.flat())
    response.end(body)
  }
}
