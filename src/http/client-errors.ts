// Answers what Node's HTTP parser refuses before Fastify sees a request: in the version's error format, with an id and the security headers.
import { STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
import { versionAtPath } from '../api-version.ts'
import type { ApiVersion } from '../api-version.ts'
import { ApiError } from '../errors.ts'
import { newRequestId } from '../plugins/request-id.ts'
import { apiSecurityHeaderLines } from '../plugins/security-headers.ts'
import { envelopeErrors } from '../responses/envelope.ts'
import { pathOf } from './url-path.ts'

const SECURITY_HEADERS = apiSecurityHeaderLines()

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
 * There is no request yet, so no route: the version is the one whose prefix
 * the path lies under, as for a URL that matches no route, and the
 * connection is closed.
 */
export function createClientErrorAnswer (versions: readonly ApiVersion[]) {
  return function answerClientError (error: ParserError, socket: Socket): void {
    // A client that is gone cannot be answered.
    if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return
    const apiError = (ANSWERS[error.code ?? ''] ?? malformed)()
    const path = requestedPath(error, socket)
    const format = (path === undefined ? undefined : versionAtPath(path, versions)?.errorFormat) ?? envelopeErrors
    const body = JSON.stringify(format.body(apiError, path ?? '/'))
    const head = [
      `HTTP/1.1 ${apiError.status} ${STATUS_CODES[apiError.status] ?? ''}`,
      `Content-Type: ${format.mediaType ?? 'application/json; charset=utf-8'}`,
      `Content-Length: ${Buffer.byteLength(body)}`,
      `X-Request-Id: ${newRequestId()}`,
      ...SECURITY_HEADERS,
      'Connection: close'
    ]
    socket.end(`${head.join('\r\n')}\r\n\r\n${body}`)
  }
}
