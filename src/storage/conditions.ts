// Versions of a stored person, and the check of a write's condition against them; shared by every adapter.
import { hash } from 'node:crypto'
import { compileArray } from '../person/compile.ts'
import { PERSON_FIELDS, personKeys } from '../person/fields.ts'
import type { PersonFields } from '../person/fields.ts'
import { ConditionFailedError } from './store.ts'
import type { Person, PutResult, WriteCondition } from './store.ts'

/**
 * Compiles a digest of everything stored about a person: it changes whenever
 * they change, whatever version of the API reads them, so both versions' ETags
 * agree. The properties go in in the order of personKeys, not of the object's
 * own keys, so one state has one digest whichever object holds it.
 */
export function versionFor (fields: PersonFields): (person: Person) => string {
  const stateOf = stateCompiler(fields)
  return person => hash('sha256', JSON.stringify(stateOf(person)), 'base64url').slice(0, 22)
}

/** Everything stored about a person, as a list in the order of personKeys. */
function stateCompiler (fields: PersonFields): (person: Person) => unknown[] {
  return compileArray<(person: Person) => unknown[]>(['person'], personKeys(fields).map(key => `person.${key}`))
}

export const versionOf = versionFor(PERSON_FIELDS)

/**
 * One digest of a list page: the states of the people on it, in order, and
 * `context`, whatever else its representation is made of: one hash over the
 * whole page rather than one for each person on it.
 */
export function pageVersionFor (fields: PersonFields): (people: readonly Person[], context: string) => string {
  const stateOf = stateCompiler(fields)
  return (people, context) => hash('sha256', JSON.stringify([context, people.map(stateOf)]), 'base64url').slice(0, 22)
}

export const pageVersionOf = pageVersionFor(PERSON_FIELDS)

/** Throws ConditionFailedError unless the condition holds for the current state (undefined: absent). */
export function assertCondition (current: Person | undefined, condition: WriteCondition | undefined, versionOfPerson = versionOf): void {
  if (condition === undefined) return
  const { ifMatch, ifNoneMatch } = condition
  const version = current === undefined ? undefined : versionOfPerson(current)
  if (ifMatch !== undefined && !matches(ifMatch, version)) throw new ConditionFailedError('If-Match does not hold')
  if (ifNoneMatch !== undefined && matches(ifNoneMatch, version)) throw new ConditionFailedError('If-None-Match does not hold')
}

function matches (wanted: '*' | readonly string[], version: string | undefined): boolean {
  if (version === undefined) return false
  return wanted === '*' || wanted.includes(version)
}

/**
 * Every write moves updatedAt forward, even two writes within one millisecond,
 * so that every write makes a new version.
 */
export function nextTimestamp (previous: string | undefined, now = new Date()): string {
  if (previous === undefined) return now.toISOString()
  const earliest = Date.parse(previous) + 1
  return new Date(Math.max(now.getTime(), earliest)).toISOString()
}

/**
 * The result of an upsert, from the row it returned: because every write
 * moves updatedAt past the one before, only a row that was just created
 * still has updatedAt = createdAt.
 */
export function upserted (person: Person): PutResult {
  return { person, created: person.createdAt === person.updatedAt }
}
