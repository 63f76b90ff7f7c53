// The two OpenAPI documents as files on disk, and the pieces of them that the conformance tests walk.
import { readFileSync } from 'node:fs'

export type Json = Record<string, any>

export const VERSIONS = ['v1', 'v2'] as const
export type Version = typeof VERSIONS[number]

export const DOCUMENTS: Readonly<Record<Version, Json>> = {
  v1: readDocument('v1'),
  v2: readDocument('v2')
}

function readDocument (version: Version): Json {
  return JSON.parse(readFileSync(new URL(`../../openapi/${version}.json`, import.meta.url), 'utf8')) as Json
}

export interface Operation {
  version: Version
  method: string
  /** The path template, such as `/v1/people/{name}`. */
  path: string
  operation: Json
}

export function operationsOf (version: Version): Operation[] {
  const paths = DOCUMENTS[version].paths as Record<string, Record<string, Json>>
  return Object.entries(paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ version, method, path, operation })))
}

/** Every `pattern` keyword in a document, each once. */
export function patternsOf (value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value !== 'object' || value === null) return found
  for (const [key, child] of Object.entries(value)) {
    if (key === 'pattern' && typeof child === 'string') found.add(child)
    else patternsOf(child, found)
  }
  return found
}

/** Follows a local `$ref` such as `#/components/schemas/Person`. */
export function resolve (document: Json, schema: Json): Json {
  const ref = schema.$ref
  if (typeof ref !== 'string') return schema
  const target = ref.slice(2).split('/').reduce<Json>((node, key) => node[key.replaceAll('~1', '/').replaceAll('~0', '~')], document)
  return resolve(document, target)
}
