// Reads a response body in the format it was sent in, so the same path steps work for every format.
import { decode } from '@msgpack/msgpack'
import { parse as parseYaml } from 'yaml'
import type { HttpResponse } from './http-client.ts'

export const BODY_FORMATS = ['JSON', 'YAML', 'MessagePack'] as const
export type BodyFormat = typeof BODY_FORMATS[number]

export function decodeBody (format: string, response: HttpResponse): unknown {
  if (format === 'JSON') return JSON.parse(response.text)
  if (format === 'YAML') return parseYaml(response.text)
  if (format === 'MessagePack') return decode(response.body)
  throw new Error(`No decoder for ${format}; use one of ${BODY_FORMATS.join(', ')}`)
}
