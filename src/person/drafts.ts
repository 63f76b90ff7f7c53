// What a write stores: a PUT's body made whole, or a merge patch's changes laid over the stored person.
import { compileObject } from './compile.ts'
import type { Person, PersonChanges, PersonDraft, PersonFields } from './fields.ts'

/**
 * Compiles `body => draft`: each field as sent, and null for an optional one
 * left out (validation has seen to it that no required one is). Anything
 * else the body holds, such as the name, is left behind.
 */
export function draftOfBody (fields: PersonFields): (body: PersonChanges) => PersonDraft {
  return compileObject(['body'], Object.keys(fields).map(key => [key, `body.${key} ?? null`]))
}

/**
 * Compiles `(stored, changes) => draft` (RFC 7396): a field the changes name
 * takes its new value, null included; every other keeps its stored one.
 */
export function draftOfChanges (fields: PersonFields): (stored: Person, changes: PersonChanges) => PersonDraft {
  return compileObject(['stored', 'changes'], Object.keys(fields).map(key => [key, `changes.${key} === undefined ? stored.${key} : changes.${key}`]))
}
