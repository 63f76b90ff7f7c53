// Turns route schemas into validators: strict for bodies, type-coercing for URL parts and forms.
import { Ajv } from 'ajv'
import type { ErrorObject, ValidateFunction } from 'ajv'
import type { FastifySchemaCompiler } from 'fastify'
import { DATE_TIME_FORMAT } from './date-time.ts'
import type { FieldError } from './errors.ts'
import { formBodies } from './formats/form.ts'
import { isProfiledName, NAME_FORMAT } from './names/name-profile.ts'
import { sentenceFor } from './validation-sentences.ts'

// A body must already have the right types: "42" for a number is a client bug
// we report, never something we quietly fix. Query strings, path segments and
// form fields are always text, so there the validator converts "20" to 20,
// "true" to true, and a field given once to a list of one where the schema wants a list.
const bodyAjv = createAjv(false)
const urlAjv = createAjv(true)
const formAjv = createAjv('array')

function createAjv (coerceTypes: boolean | 'array'): Ajv {
  const ajv = new Ajv({ coerceTypes, allErrors: true, removeAdditional: false, useDefaults: true, verbose: true })
  // Our schemas may carry a human sentence for clients in place of the validator's own wording;
  // an x- name keeps it a legal extension in the OpenAPI description too.
  ajv.addKeyword({ keyword: 'x-error-message', schemaType: 'string' })
  ajv.addFormat(NAME_FORMAT, { type: 'string', validate: isProfiledName })
  ajv.addFormat('date-time', DATE_TIME_FORMAT)
  return ajv
}

// A number in a URL is written in decimal digits: the coercion alone would
// also take 1e1, 0x10, +5 and 5.0, each a different spelling of what the
// client may not have meant.
const DECIMAL_INTEGER = /^-?\d+$/

type IntegerProperty = [name: string, schema: object]

/** The properties of a URL part's schema that must read as integers: found once per schema, not on every request. */
function integerProperties (schema: object): IntegerProperty[] {
  const properties = (schema as { properties?: Record<string, { type?: unknown }> }).properties ?? {}
  return Object.entries(properties).filter(([, property]) => property.type === 'integer')
}

/** The errors for URL values that an integer property must read, but that are not decimal digits. */
function nonDecimalIntegers (integers: readonly IntegerProperty[], data: unknown): ErrorObject[] {
  if (integers.length === 0 || typeof data !== 'object' || data === null) return []
  const values = data as Record<string, unknown>
  return integers
    .filter(([name]) => typeof values[name] === 'string' && !DECIMAL_INTEGER.test(values[name]))
    .map(([name, property]) => ({
      // A keyword of its own: Ajv's "type" would be worded as any other number.
      keyword: 'decimalDigits',
      instancePath: `/${name}`,
      schemaPath: `#/properties/${name}/type`,
      params: {},
      message: 'must be a whole number written in decimal digits',
      parentSchema: property
    }))
}

// Each schema is compiled once, on its route's first request rather than at
// start-up (serialization.ts says why), and never per request.
export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) => {
  const isBody = httpPart === 'body'
  const integers = isBody ? [] : integerProperties(schema)
  let strict: ValidateFunction | undefined
  let coercing: ValidateFunction | undefined
  // Fastify reads the errors off the function it was given, as off Ajv's own.
  const validateOnFirstUse = Object.assign((data: unknown): boolean => {
    let validate: ValidateFunction
    if (isBody && !(typeof data === 'object' && data !== null && formBodies.has(data))) {
      validate = strict ??= bodyAjv.compile(schema)
    } else {
      const digitsOnly = nonDecimalIntegers(integers, data)
      if (digitsOnly.length > 0) {
        validateOnFirstUse.errors = digitsOnly
        return false
      }
      validate = coercing ??= (isBody ? formAjv : urlAjv).compile(schema)
    }
    const isValid = validate(data)
    validateOnFirstUse.errors = validate.errors ?? null
    return isValid
  }, { errors: null as ErrorObject[] | null })
  return validateOnFirstUse
}

interface AjvError {
  keyword: string
  instancePath: string
  message?: string
  params: Record<string, unknown>
  parentSchema?: { 'x-error-message'?: string }
}

// RFC 6901: inside a JSON Pointer, ~ is written ~0 and / is written ~1.
function pointerTo (parentPath: string, property: unknown): string {
  return `${parentPath}/${String(property).replaceAll('~', '~0').replaceAll('/', '~1')}`
}

function toFieldError (error: AjvError): FieldError {
  if (error.keyword === 'required') {
    return { path: pointerTo(error.instancePath, error.params.missingProperty), message: 'is required' }
  }
  if (error.keyword === 'additionalProperties') {
    return { path: pointerTo(error.instancePath, error.params.additionalProperty), message: 'is not allowed' }
  }
  return { path: error.instancePath, message: error.parentSchema?.['x-error-message'] ?? sentenceFor(error.keyword, error.params) ?? error.message ?? 'is not valid' }
}

/**
 * Rewrites the validator's errors as JSON Pointers and sentences a client can
 * show. A value can break several keywords of a schema whose own sentence
 * covers them all (an empty key name is too short and fails the pattern):
 * each sentence is said once for each place.
 */
export function toFieldErrors (errors: readonly AjvError[]): FieldError[] {
  // A Set, not a search of the list for each error: 64 KiB hold 8,000 unknown
  // members, and comparing each with all the others took a third of a second.
  const said = new Set<string>()
  return errors.map(toFieldError).filter(({ path, message }) => {
    const key = `${path}\n${message}`
    if (said.has(key)) return false
    said.add(key)
    return true
  })
}
