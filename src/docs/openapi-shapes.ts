// The parts of an OpenAPI 3.1 document the reference page reads, and helpers to find them.

export type Json = Record<string, unknown>

export interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  description?: string
  schema?: Json
  example?: unknown
}

export interface MediaType {
  schema?: Json
  example?: unknown
}

export interface Response {
  description?: string
  headers?: Record<string, Json>
  content?: Record<string, MediaType>
}

export interface Operation {
  operationId: string
  summary?: string
  description?: string
  tags?: string[]
  parameters?: Parameter[]
  requestBody?: { required?: boolean, content: Record<string, MediaType> }
  responses: Record<string, Response>
  security?: unknown[]
  'x-capability'?: string
  'x-switches'?: string[]
}

export interface ReferenceDocument {
  info: { title: string, description?: string, version: string }
  paths: Record<string, Record<string, unknown>>
  components?: { schemas?: Record<string, Json>, headers?: Record<string, Json> }
}

/** One version's document, as the page shows it. */
export interface VersionDocument {
  version: string
  /** Where the version's own routes are mounted: `/v1`. */
  prefix: string
  document: ReferenceDocument
}

export const HTTP_METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'] as const

export interface PathOperation {
  method: string
  path: string
  operation: Operation
}

/** Every operation, in the document's order, grouped by its first tag (the resource). */
export function operationsByTag (document: ReferenceDocument): Map<string, PathOperation[]> {
  const groups = new Map<string, PathOperation[]>()
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      // Our own generator wrote the document; its operations have this shape.
      const operation = item[method] as Operation | undefined
      if (operation === undefined) continue
      const tag = operation.tags?.[0] ?? 'other'
      groups.set(tag, [...(groups.get(tag) ?? []), { method, path, operation }])
    }
  }
  return groups
}

/** The name a `$ref` such as `#/components/schemas/Person` points at. */
export function refName (value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('$ref' in value)) return undefined
  const ref = (value as { $ref: unknown }).$ref
  return typeof ref === 'string' ? ref.split('/').at(-1) : undefined
}

/** The example a media type shows: its own, or the first its schema lists. */
export function exampleOf (document: ReferenceDocument, media: MediaType): unknown {
  if (media.example !== undefined) return media.example
  const name = refName(media.schema)
  const schema = name === undefined ? media.schema : document.components?.schemas?.[name]
  const examples = schema?.examples
  return Array.isArray(examples) ? examples[0] : undefined
}
