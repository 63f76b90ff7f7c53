// The few parts of an OpenAPI 3.1 document that the builder reads and writes.
export interface OpenApiDocument {
  openapi: string
  info: Record<string, unknown>
  paths: Record<string, Record<string, unknown>>
  [key: string]: unknown
}
