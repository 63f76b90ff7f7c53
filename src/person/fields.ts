// A person's fields, declared once: what a client may send for each and where it is stored, for the rest of the app to derive from.
import Type from 'typebox'
import type { Static, TSchema } from 'typebox'
import { CONTROL_CHARACTERS as CC, WHITE_SPACE as WS } from '../patterns.ts'

// Plausible, not RFC 5322-perfect: one @, a dotted domain, no spaces or
// control characters; internationalized addresses pass.
export const Email = Type.String({
  maxLength: 254,
  pattern: `^[^${WS}@${CC}]+@[^${WS}@${CC}.]+(?:\\.[^${WS}@${CC}.]+)+$`,
  'x-error-message': 'must be an email address such as fred@example.com',
  examples: ['fred@example.com']
})

// Tabs and newlines are text; other control characters (NUL above all) are not.
export const Comment = Type.Unsafe<string | null>({
  type: ['string', 'null'],
  maxLength: 1000,
  pattern: `^(?:[^${CC}]|[\\t\\n\\r])*$`,
  'x-error-message': 'must be null or text of up to 1000 characters without control characters other than tab and newline',
  examples: ['Likes tea 🍵']
})

export interface PersonField {
  /**
   * What a client's value must match. Its `type` keyword is what responses
   * describe, and its first example shows the field in the API description.
   */
  readonly schema: TSchema
  /** The column that holds it, in every adapter's people table. */
  readonly column: string
  /**
   * A required field is in every PUT. An optional one may be null, which its
   * schema must allow: a PUT that leaves it out stores null, and a merge patch clears it with null.
   */
  readonly required: boolean
}

export type PersonFields = Readonly<Record<string, PersonField>>

/** Names and columns are written into compiled functions and SQL, so they must be plain. */
const FIELD_NAME = /^[a-z][A-Za-z0-9]*$/
const COLUMN_NAME = /^[a-z][a-z0-9_]*$/
/** Kept by the server, and stored in every adapter under these columns. */
const SERVER_KEPT = ['name', 'createdAt', 'updatedAt', 'created_at', 'updated_at']

function typesOf (schema: TSchema): unknown[] {
  const { type } = schema as { type?: unknown }
  return Array.isArray(type) ? type : [type]
}

/** Checks, once at start, that the fields can be compiled, stored and shown; answers them unchanged. */
export function declareFields<const Fields extends PersonFields> (fields: Fields): Fields {
  for (const [name, { schema, column, required }] of Object.entries(fields)) {
    if (!FIELD_NAME.test(name) || SERVER_KEPT.includes(name)) throw new Error(`A person cannot have a field named ${JSON.stringify(name)}`)
    if (!COLUMN_NAME.test(column) || SERVER_KEPT.includes(column)) throw new Error(`The field ${name} cannot be stored in a column named ${JSON.stringify(column)}`)
    if (typesOf(schema).includes(undefined)) throw new Error(`The schema of the field ${name} must name its type`)
    if (!required && !typesOf(schema).includes('null')) throw new Error(`The optional field ${name} must allow null, which it holds when a PUT leaves it out`)
  }
  return fields
}

/**
 * The fields a client writes, in the order in which they are shown, stored,
 * written as CSV columns and digested into ETags. The name (the key, taken
 * from the URL) and the times the server keeps are not among them.
 */
export const PERSON_FIELDS = declareFields({
  email: { schema: Email, column: 'email', required: true },
  comment: { schema: Comment, column: 'comment', required: false }
})

type Flat<T> = { -readonly [Key in keyof T]: T[Key] }

/** What a write stores: a value for every field. */
export type DraftOf<Fields extends PersonFields> = Flat<{ [Key in keyof Fields]: Static<Fields[Key]['schema']> }>

/** A stored person: the name, the fields, and the times the server keeps. */
export type PersonOf<Fields extends PersonFields> = Flat<{ name: string } & DraftOf<Fields> & { createdAt: string, updatedAt: string }>

export type Person = PersonOf<typeof PERSON_FIELDS>
export type PersonDraft = DraftOf<typeof PERSON_FIELDS>
export type PersonChanges = Partial<PersonDraft>

/** The fields' names, in their declared order. */
export function fieldNames (fields: PersonFields): string[] {
  return Object.keys(fields)
}

/** Every property of a stored person, in the order of the ETag's digest and of an adapter's SELECT. */
export function personKeys (fields: PersonFields): string[] {
  return ['name', ...fieldNames(fields), 'createdAt', 'updatedAt']
}
