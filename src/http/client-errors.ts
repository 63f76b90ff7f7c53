// Answers what Node's HTTP parser refuses before Fastify sees a request: in the envelope, with an id and the security headers.
import { randomUUID } from 'node:crypto'
import { STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
import { apiSecurityHeaderLines } from '../plugins/security-headers.ts'

const SECURITY_HEADERS = apiSecurityHeaderLines()

const ANSWERS: Record<string, { status: number, message: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, message: 'The request headers are larger than the limit of 16 KiB' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, message: 'The request took too long to arrive' }
}
const MALFORMED = { status: 400, message: 'The request is not well-formed HTTP' }

/**
 * There is no request yet, so no route and no version: the answer is the v1
 * envelope, like every error outside /v2, and the connection is closed.
 */
export function answerClientError (error: Error & { code?: string }, socket: Socket): void {
  // A client that is gone cannot be answered.
  if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return
  const { status, message } = ANSWERS[error.code ?? ''] ?? MALFORMED
  const body = JSON.stringify({ status: 'error', message })
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    `X-Request-Id: ${randomUUID()}`,
    ...SECURITY_HEADERS,
    'Connection: close'
  ]
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`)
}
