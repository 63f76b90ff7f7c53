// The one small HTTP client the steps speak through: in-process by default, a real socket when BASE_URL is set.
import type { FastifyInstance } from 'fastify'

export interface HttpRequest {
  method: string
  path: string
  headers: Record<string, string>
  body?: string | Buffer
}

export interface HttpResponse {
  status: number
  headers: Record<string, string>
  /** The bytes as sent, for binary formats such as MessagePack. */
  body: Buffer
  /** The bytes read as UTF-8. */
  text: string
}

export interface HttpClient {
  send (request: HttpRequest): Promise<HttpResponse>
}

export function injectClient (app: FastifyInstance): HttpClient {
  return {
    async send ({ method, path, headers, body }) {
      const response = await app.inject({ method: method as 'GET', url: path, headers, ...(body === undefined ? {} : { payload: body }) })
      return { status: response.statusCode, headers: flatten(response.headers), body: response.rawPayload, text: response.body }
    }
  }
}

export function socketClient (baseUrl: string): HttpClient {
  return {
    async send ({ method, path, headers, body }) {
      const response = await fetch(new URL(path, baseUrl), { method, headers, ...(body === undefined ? {} : { body }), redirect: 'manual' })
      const bytes = Buffer.from(await response.arrayBuffer())
      return { status: response.status, headers: Object.fromEntries(response.headers), body: bytes, text: bytes.toString('utf8') }
    }
  }
}

function flatten (headers: Record<string, string | string[] | number | undefined>): Record<string, string> {
  const flat: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value)
  }
  return flat
}
