// The person's fields as requests and responses carry them, and the examples the API description shows, for every version's schemas to spread.
import Type from 'typebox'
import type { Static, TOptional, TUnsafe } from 'typebox'
import type { PersonField, PersonFields } from './fields.ts'

type BodyProperties<Fields extends PersonFields> = {
  [Key in keyof Fields]: Fields[Key]['required'] extends true ? Fields[Key]['schema'] : TOptional<Fields[Key]['schema']>
}
type PatchProperties<Fields extends PersonFields> = { [Key in keyof Fields]: TOptional<Fields[Key]['schema']> }
type ViewProperties<Fields extends PersonFields> = { [Key in keyof Fields]: TUnsafe<Static<Fields[Key]['schema']>> }

function eachField<Result> (fields: PersonFields, make: (field: PersonField) => unknown): Result {
  return Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, make(field)])) as Result
}

/** The keywords read here, of the JSON Schema that a TypeBox schema is. */
function keywordsOf ({ schema }: PersonField): { type?: unknown, examples?: readonly unknown[] } {
  return schema
}

function exampleOf (field: PersonField): unknown {
  return keywordsOf(field).examples?.[0]
}

/** As a PUT sends them: the required fields required. */
export function bodyProperties<Fields extends PersonFields> (fields: Fields): BodyProperties<Fields> {
  return eachField(fields, ({ schema, required }) => required ? schema : Type.Optional(schema))
}

/** As a merge patch sends them: every one optional. */
export function patchProperties<Fields extends PersonFields> (fields: Fields): PatchProperties<Fields> {
  return eachField(fields, ({ schema }) => Type.Optional(schema))
}

/**
 * As a response shows them: always present, described by their type alone.
 * The rules a value must follow bind what clients send; what the server
 * sends back was checked on its way in.
 */
export function viewProperties<Fields extends PersonFields> (fields: Fields): ViewProperties<Fields> {
  return eachField(fields, field => Type.Unsafe({ type: keywordsOf(field).type }))
}

/** A PUT body that gives every field its example. */
export function bodyExample (fields: PersonFields): Record<string, unknown> {
  return eachField(fields, exampleOf)
}

/** A merge patch that clears every optional field. */
export function patchExample (fields: PersonFields): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, { required }]) => !required).map(([name]) => [name, null]))
}

/** The fields of a person stored from a body that gave only the required ones. */
export function storedExample (fields: PersonFields): Record<string, unknown> {
  return eachField(fields, field => field.required ? exampleOf(field) : null)
}
