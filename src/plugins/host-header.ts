// Refuses a request whose Host header RFC 9112 says to refuse, in the version's error format, with an id and the security headers.
import type { IncomingMessage } from 'node:http'
import fp from 'fastify-plugin'
import { ApiError } from '../errors.ts'
import { callbackHook } from '../http/callback-hook.ts'

// RFC 3986's host (a name or IPv4 address, or an IP literal in brackets), then an optional port.
const HOST_AND_PORT = /^(?:\[[\w.:~!$&'()*+,;=%-]+\]|[\w.~!$&'()*+,;=%-]*)(?::\d*)?$/

/** Node keeps the first of several Host lines in `headers`; only the raw list shows the others. */
function countHostLines (request: IncomingMessage): number {
  const raw = request.rawHeaders
  let count = 0
  for (let index = 0; index < raw.length; index += 2) {
    const name = raw[index]
    if (name?.length === 4 && name.toLowerCase() === 'host') count++
  }
  return count
}

function malformed (message: string): ApiError {
  return new ApiError('MALFORMED_REQUEST', message)
}

/**
 * RFC 9112 §3.2: a server must answer 400 to an HTTP/1.1 request without a
 * Host header (HTTP/1.0 had none to require), to one with several, and to
 * one whose Host is not a host. Node refuses only the first, and with a bare
 * 400: no body, no X-Request-Id, no security headers, no log line. So the
 * server is made with requireHostHeader: false (app.ts), and this hook
 * refuses all three after the hooks that give every answer those. An empty
 * Host is allowed: the RFC asks for one when the target names no host. The
 * app itself never reads Host (its links are paths), but a proxy or cache in
 * front may, and two of them reading two different hosts is how requests
 * get smuggled.
 */
export default fp(async function hostHeader (app) {
  app.addHook('onRequest', callbackHook(function checkHost (request) {
    const { host } = request.headers
    if (host === undefined) {
      if (request.raw.httpVersion === '1.1') throw malformed('An HTTP/1.1 request must name its host in a Host header')
      return
    }
    if (countHostLines(request.raw) > 1) throw malformed('A request may carry one Host header, not several')
    if (!HOST_AND_PORT.test(host)) throw malformed('The Host header must be a host with an optional port, such as api.example.com:443')
  }))
}, { name: 'host-header' })
