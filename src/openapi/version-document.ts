// Splits the generated description into one finished OpenAPI document per version.
import type { ApiVersion } from '../api-version.ts'
import { envelopeErrors } from '../responses/envelope.ts'
import { hoistTitledSchemas } from './components.ts'
import { enrich } from './enrich.ts'
import type { OpenApiDocument } from './openapi-document.ts'
import { EVERY_VERSION_MARK, VERSION_MARK } from './operations.ts'

type Operation = Record<string, unknown>

/**
 * A version's own operations, and those of no version: health in every
 * document, administration with the versions that share its envelope.
 */
function belongsTo (version: ApiVersion, operation: Operation): boolean {
  const owner = operation[VERSION_MARK]
  if (owner !== undefined) return owner === version.name
  return operation[EVERY_VERSION_MARK] === true || version.errorFormat === envelopeErrors
}

function unmarked (operation: Operation): Operation {
  const { [VERSION_MARK]: _version, [EVERY_VERSION_MARK]: _everyVersion, ...published } = operation
  return published
}

export function documentFor (version: ApiVersion, all: OpenApiDocument): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {}
  for (const [path, item] of Object.entries(all.paths)) {
    const operations = Object.entries(item as Record<string, Operation>).filter(([, operation]) => belongsTo(version, operation))
    if (operations.length > 0) paths[path] = Object.fromEntries(operations)
  }
  const document: OpenApiDocument = {
    ...all,
    info: { ...all.info, title: `rest-api-blueprint ${version.name}`, description: version.description, license: { name: 'MIT', identifier: 'MIT' } },
    servers: [{ url: '/', description: 'The server that serves this document' }],
    paths
  }
  const enriched = enrich(document, version)
  for (const item of Object.values(enriched.paths)) {
    for (const [method, operation] of Object.entries(item)) item[method] = unmarked(operation as Operation)
  }
  return hoistTitledSchemas(enriched)
}
