// The one small HTTP client the steps speak through: in-process by default, a real socket when BASE_URL is set.
import { request as httpRequest } from 'node:http'
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

/**
 * Node's own client rather than fetch: fetch refuses methods such as TRACE,
 * and a GET with a Content-Type and no content, which the features send on purpose.
 */
export function socketClient (baseUrl: string): HttpClient {
  return {
    async send ({ method, path, headers, body }) {
      return await new Promise((resolve, reject) => {
        const request = httpRequest(new URL(path, baseUrl), { method, headers }, (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () => {
            const bytes = Buffer.concat(chunks)
            resolve({ status: response.statusCode ?? 0, headers: flatten(response.headers), body: bytes, text: bytes.toString('utf8') })
          })
          response.on('error', reject)
        })
        request.on('error', reject)
        request.end(body)
      })
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
