// Every example in the OpenAPI documents is valid against the schema it illustrates, and each document describes every operation.
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { PROBLEMS } from '../../src/errors.ts'

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

/** Every error response's examples, each with the status it sits under and the schema of its media type. */
function errorExamples (document: Json): Array<{ where: string, status: number, mediaType: string, schema: unknown, example: unknown }> {
  const paths = document.paths as Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown, example?: unknown }> }> }>>
  return Object.entries(paths).flatMap(([path, item]) => Object.entries(item).flatMap(([method, operation]) =>
    Object.entries(operation.responses).filter(([status]) => Number(status) >= 400).flatMap(([status, response]) =>
      Object.entries(response.content ?? {}).map(([mediaType, { schema, example }]) =>
        ({ where: `${method.toUpperCase()} ${path} ${status} ${mediaType}`, status: Number(status), mediaType, schema, example })))))
}

for (const [version, document] of Object.entries(documents)) {
  test(`every error example in the ${version} document sits under the status it shows, and matches its schema`, () => {
    const ajv = new Ajv2020({ strict: false })
    addFormats.default(ajv)
    ajv.addSchema(document, version)
    const examples = errorExamples(document)
    assert.ok(examples.length > 50, `only ${examples.length} error responses`)
    const validators = new Map<string, ReturnType<typeof ajv.compile>>()
    for (const { where, status, mediaType, schema, example } of examples) {
      assert.notEqual(example, undefined, `${where} has no example`)
      const ref = `${version}${String((schema as Json).$ref)}`
      const validate = validators.get(ref) ?? ajv.compile({ $ref: ref })
      validators.set(ref, validate)
      assert.ok(validate(example), `${where}: ${JSON.stringify(example)} ${ajv.errorsText(validate.errors)}`)
      const body = example as { status: unknown, message?: string }
      if (mediaType === 'application/problem+json') {
        assert.equal(body.status, status, where)
      } else {
        // The envelope carries no status: its message must be one the API sends with this status.
        const messages: string[] = Object.values(PROBLEMS).filter(problem => problem.status === status).map(problem => problem.title)
        assert.ok(messages.includes(body.message ?? ''), `${where}: "${body.message}" is not a ${status} message`)
      }
    }
  })
}
