// Every example in the OpenAPI documents is valid against the schema it illustrates, and each document describes every operation.
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'

type Json = Record<string, unknown>

const documents = Object.fromEntries(['v1', 'v2'].map(version =>
  [version, JSON.parse(readFileSync(new URL(`../../openapi/${version}.json`, import.meta.url), 'utf8')) as Json]))

/** Every place in the document where a schema carries examples, as a JSON Pointer. */
function examplePointers (value: unknown, pointer = ''): string[] {
  if (typeof value !== 'object' || value === null) return []
  const here = Array.isArray((value as Json).examples) && ('type' in value || 'properties' in value) ? [pointer] : []
  return [...here, ...Object.entries(value).flatMap(([key, child]) =>
    key === 'examples' ? [] : examplePointers(child, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`))]
}

for (const [version, document] of Object.entries(documents)) {
  test(`every example in the ${version} document matches its schema`, () => {
    const ajv = new Ajv2020({ strict: false })
    addFormats.default(ajv)
    ajv.addSchema(document, version)
    const pointers = examplePointers(document)
    assert.ok(pointers.length >= 4, `only ${pointers.length} schemas carry examples`)
    for (const pointer of pointers) {
      const validate = ajv.compile({ $ref: `${version}#${pointer}` })
      const schema = pointer.split('/').slice(1).reduce<unknown>((node, key) => (node as Json)[key.replaceAll('~1', '/').replaceAll('~0', '~')], document) as { examples: unknown[] }
      for (const example of schema.examples) {
        assert.ok(validate(example), `${version}#${pointer}: ${JSON.stringify(example)} ${ajv.errorsText(validate.errors)}`)
      }
    }
  })

  test(`the ${version} document gives every operation an id, a summary, a tag and its security`, () => {
    const paths = document.paths as Record<string, Record<string, Json>>
    for (const [path, item] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const where = `${method.toUpperCase()} ${path}`
        assert.equal(typeof operation.operationId, 'string', where)
        assert.equal(typeof operation.summary, 'string', where)
        assert.ok(Array.isArray(operation.tags) && operation.tags.length > 0, where)
        assert.ok(Array.isArray(operation.security), where)
      }
    }
  })
}
