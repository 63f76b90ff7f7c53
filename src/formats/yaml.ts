// YAML 1.2 (RFC 9512), read with the core schema only: no custom tags, aliases bounded.
import { parseDocument, stringify } from 'yaml'
import type { Format } from './format.ts'
import { assertPlainData } from './plain-data.ts'
import { decodeUtf8, malformedBody } from './text.ts'

export function parseYaml (body: Buffer): unknown {
  const document = parseDocument(decodeUtf8(body), {
    // Duplicate keys are an error, as in JSON; unknown tags are warnings we refuse.
    uniqueKeys: true,
    customTags: [],
    // YAML 1.1's !!binary, !!set, !!timestamp… would build Buffers, Sets and Dates.
    resolveKnownTags: false,
    prettyErrors: false
  })
  if (document.errors.length > 0 || document.warnings.length > 0) {
    throw malformedBody('The body is not well-formed YAML')
  }
  let value: unknown
  try {
    // A "billion laughs" document expands aliases exponentially; the limit
    // makes toJS throw long before memory runs out.
    value = document.toJS({ maxAliasCount: 50 })
  } catch {
    throw malformedBody('The body uses more YAML aliases than allowed')
  }
  assertPlainData(value)
  return value
}

export const yaml: Format = {
  name: 'yaml',
  switch: 'format.yaml',
  produces: ['application/yaml'],
  consumes: ['application/yaml'],
  // RFC 9512 defines no charset parameter: YAML over HTTP is UTF-8.
  contentType: 'application/yaml',
  carries: 'anything',
  // Block scalars can lose white space at the start of a string; quoted ones cannot.
  serialize: (payload) => stringify(payload, { lineWidth: 0, blockQuote: false }),
  parse: parseYaml
}
