// Turns route schemas into validators: strict for bodies, type-coercing for URL parts.
import { Ajv } from 'ajv'
import type { ErrorObject, ValidateFunction } from 'ajv'
import type { FastifySchemaCompiler } from 'fastify'
import type { FieldError } from './errors.ts'

// A body must already have the right types: "42" for a number is a client bug
// we report, never something we quietly fix. Query strings and path segments
// are always text, so there the validator converts "20" to 20.
const bodyAjv = createAjv(false)
const urlAjv = createAjv(true)

function createAjv (coerceTypes: boolean): Ajv {
  const ajv = new Ajv({ coerceTypes, allErrors: true, removeAdditional: false, useDefaults: true, verbose: true })
  // Our schemas may carry a human sentence for clients in place of the validator's own wording;
  // an x- name keeps it a legal extension in the OpenAPI description too.
  ajv.addKeyword({ keyword: 'x-error-message', schemaType: 'string' })
  return ajv
}

// Each schema is compiled once, on its route's first request rather than at
// start-up (serialization.ts says why), and never per request.
export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) => {
  let validate: ValidateFunction | undefined
  // Fastify reads the errors off the function it was given, as off Ajv's own.
  const validateOnFirstUse = Object.assign((data: unknown): boolean => {
    validate ??= httpPart === 'body' ? bodyAjv.compile(schema) : urlAjv.compile(schema)
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

/** Rewrites the validator's errors as JSON Pointers and sentences a client can show. */
export function toFieldErrors (errors: readonly AjvError[]): FieldError[] {
  return errors.map(error => {
    if (error.keyword === 'required') {
      return { path: pointerTo(error.instancePath, error.params.missingProperty), message: 'is required' }
    }
    if (error.keyword === 'additionalProperties') {
      return { path: pointerTo(error.instancePath, error.params.additionalProperty), message: 'is not allowed' }
    }
    return { path: error.instancePath, message: error.parentSchema?.['x-error-message'] ?? error.message ?? 'is not valid' }
  })
}
