// Splits the generated description into one finished OpenAPI document per version.
import { ErrorEnvelope, Problem } from '../plugins/errors.ts'
import { hoistTitledSchemas } from './components.ts'
import { enrich } from './enrich.ts'

export const VERSIONS = ['v1', 'v2'] as const

export interface OpenApiDocument {
  openapi: string
  info: Record<string, unknown>
  paths: Record<string, Record<string, unknown>>
  [key: string]: unknown
}

const DESCRIPTIONS: Record<string, string> = {
  v1: 'Version 1 keeps the envelope of the original blueprint: {"status": "ok", "result": …} and {"status": "error", "message": …}. ' +
    'A browser that GETs a v1 URL without asking for a data format is sent to /docs. Administration (/admin) answers in the same envelope.',
  v2: 'Version 2 is HTTP-native: the body is the resource, a list page is {"items", "next"} with a Link header, and every error is RFC 9457 problem details.'
}

/** Operations shared by every version (health) and, for v1, the administration it shares its envelope with. */
function belongsTo (version: string, path: string): boolean {
  if (path.startsWith(`/${version}/`)) return true
  if (path === '/health' || path === '/ready') return true
  return version === 'v1' && path.startsWith('/admin/')
}

export function documentFor (version: string, all: OpenApiDocument): OpenApiDocument {
  const paths = Object.fromEntries(Object.entries(all.paths).filter(([path]) => belongsTo(version, path)))
  const document: OpenApiDocument = {
    ...all,
    info: { ...all.info, title: `rest-api-blueprint ${version}`, description: DESCRIPTIONS[version] ?? '', license: { name: 'MIT', identifier: 'MIT' } },
    servers: [{ url: '/', description: 'The server that serves this document' }],
    paths
  }
  return hoistTitledSchemas(enrich(document, path => path.startsWith('/v2/') ? Problem : ErrorEnvelope))
}
