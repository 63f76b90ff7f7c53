// The people table's columns, from the person's declared fields: the same in every adapter.
import { compileArray } from '../person/compile.ts'
import type { PersonDraft, PersonFields } from '../person/fields.ts'

/** Each property of a stored person and the column that holds it, in the order of every SELECT. */
export function personColumns (fields: PersonFields): Array<[key: string, column: string]> {
  return [['name', 'name'], ...Object.entries(fields).map(([key, { column }]): [string, string] => [key, column]), ['createdAt', 'created_at'], ['updatedAt', 'updated_at']]
}

/** The columns that hold what a client writes, in the fields' declared order. */
export function fieldColumns (fields: PersonFields): string[] {
  return Object.values(fields).map(({ column }) => column)
}

/** Compiles `draft => [draft.email, …]`: the values to bind for fieldColumns, in their order. */
export function draftValues<Value> (fields: PersonFields): (draft: PersonDraft) => Value[] {
  return compileArray(['draft'], Object.keys(fields).map(key => `draft.${key}`))
}
