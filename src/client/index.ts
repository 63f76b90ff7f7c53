// Typed clients for both API versions: openapi-fetch, typed by the paths generated from the OpenAPI documents.
import createClient from 'openapi-fetch'
import type { Client, Middleware } from 'openapi-fetch'
import type { paths as V1Paths } from './v1-types.ts'
import type { paths as V2Paths } from './v2-types.ts'

export type { V1Paths, V2Paths }
export type { components as V1Components } from './v1-types.ts'
export type { components as V2Components } from './v2-types.ts'

export interface ClientOptions {
  /** Where the API listens, such as `http://localhost:5000`. */
  baseUrl: string
  /** The API key, sent as `Authorization: Bearer <key>` on every request. */
  key: string
}

// The media types whose bodies the client reads: v1 answers in its JSON
// envelope, errors included; v2 sends errors as problem details (RFC 9457).
export type V1Client = Client<V1Paths, 'application/json'>
export type V2Client = Client<V2Paths, 'application/json' | 'application/problem+json'>

export function createV1Client ({ baseUrl, key }: ClientOptions): V1Client {
  const client = createClient<V1Paths, 'application/json'>({ baseUrl })
  client.use(speakingAs(key))
  return client
}

export function createV2Client ({ baseUrl, key }: ClientOptions): V2Client {
  const client = createClient<V2Paths, 'application/json' | 'application/problem+json'>({ baseUrl })
  client.use(speakingAs(key))
  return client
}

/** Adds what every call needs; a header the caller set on one request is left alone. */
function speakingAs (key: string): Middleware {
  return {
    onRequest ({ request }) {
      if (!request.headers.has('authorization')) request.headers.set('authorization', `Bearer ${key}`)
      // v1, like the original, sends a GET that names no data format to the docs (303).
      if (!request.headers.has('accept')) request.headers.set('accept', 'application/json')
      // openapi-fetch labels every body JSON, but a PATCH body is a JSON merge patch (RFC 7396).
      if (request.method === 'PATCH' && request.headers.get('content-type') === 'application/json') {
        request.headers.set('content-type', 'application/merge-patch+json')
      }
      return request
    }
  }
}
