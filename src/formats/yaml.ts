// YAML 1.2 (RFC 9512), read with the core schema only: no directives, no custom tags, aliases bounded.
import { isScalar, parseDocument, stringify, visit } from 'yaml'
import type { Document } from 'yaml'
import type { Format } from './format.ts'
import { assertPlainData } from './plain-data.ts'
import { decodeUtf8, malformedBody } from './text.ts'

/**
 * Duplicate keys are an error, as in JSON. The library's own check compares
 * every key with every other, which a large hostile map turns into seconds of
 * CPU; one pass with a Set per map costs time in proportion to the body.
 */
function findDuplicateKey (document: Document): string | undefined {
  let duplicate: string | undefined
  visit(document, {
    Map (_key, map) {
      const seen = new Set<string>()
      for (const { key } of map.items) {
        // Only plain scalar keys can become the names of JSON members.
        const name = isScalar(key) ? String(key.value) : undefined
        if (name === undefined || seen.has(name)) {
          duplicate = name ?? '(a key that is not a scalar)'
          return visit.BREAK
        }
        seen.add(name)
      }
      return undefined
    }
  })
  return duplicate
}

/**
 * `%YAML 1.1` would switch the reader to YAML 1.1's schema (merge keys that
 * repeat a member unnoticed, `yes` for true, `!!binary`…) and `%TAG` would
 * rename the tags the other checks rely on. A body has no use for either.
 */
function hasDirective ({ directives }: Document.Parsed): boolean {
  if (directives === undefined) return false
  const handles = Object.keys(directives.tags)
  // Without a %TAG directive the only handle is the standard secondary one.
  const isStandardTags = handles.length === 1 && directives.tags['!!'] === 'tag:yaml.org,2002:'
  return directives.yaml.explicit === true || !isStandardTags
}

export function parseYaml (body: Buffer): unknown {
  const document = parseDocument(decodeUtf8(body), {
    // Checked by findDuplicateKey instead, in linear time.
    uniqueKeys: false,
    // Unknown tags are warnings, which we refuse.
    customTags: [],
    // YAML 1.1's !!binary, !!set, !!timestamp… would build Buffers, Sets and Dates.
    resolveKnownTags: false,
    prettyErrors: false
  })
  if (document.errors.length > 0 || document.warnings.length > 0) {
    throw malformedBody('The body is not well-formed YAML')
  }
  if (hasDirective(document)) throw malformedBody('The body must be plain YAML 1.2, without %YAML or %TAG directives')
  const duplicate = findDuplicateKey(document)
  if (duplicate !== undefined) throw malformedBody(`The body names the member "${duplicate}" more than once`)
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
  // Before RFC 9512 (2024) registered application/yaml, clients made up their own names.
  aliases: ['text/yaml', 'application/x-yaml', 'text/x-yaml'],
  // RFC 9512 defines no charset parameter: YAML over HTTP is UTF-8.
  contentType: 'application/yaml',
  carries: 'anything',
  // Block scalars can lose white space at the start of a string; quoted ones cannot.
  // Written for YAML 1.1 readers (PyYAML, the most common), which would read
  // a plain 2026-11-28T06:40:16Z, yes or on as a date or a boolean: such
  // strings are quoted, and the result is just as much YAML 1.2.
  serialize: (payload) => stringify(payload, { lineWidth: 0, blockQuote: false, version: '1.1' }),
  parse: parseYaml
}
