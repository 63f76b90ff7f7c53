// People for tests, from the declared fields: a test names only the fields it is about, and every other field gets a value that passes.
import { PERSON_FIELDS } from '../src/person/fields.ts'
import type { Person, PersonDraft } from '../src/person/fields.ts'
import { storedExample } from '../src/person/schemas.ts'

const STORED_AT = '2024-05-01T10:00:00.000Z'

/** What a PUT sends and a store stores: the example of each required field, null for each optional one, then the overrides. */
export function aDraft (overrides: Partial<PersonDraft> = {}): PersonDraft {
  return { ...storedExample(PERSON_FIELDS) as PersonDraft, ...overrides }
}

/** A person as v1 shows them: fred, with aDraft's fields, then the overrides. */
export function aPersonView (overrides: Partial<Omit<Person, 'createdAt' | 'updatedAt'>> = {}): Omit<Person, 'createdAt' | 'updatedAt'> {
  return { name: 'fred', ...aDraft(), ...overrides }
}

/** A person as a store answers: aPersonView's, written once at a fixed moment, then the overrides. */
export function aPerson (overrides: Partial<Person> = {}): Person {
  return { ...aPersonView(), createdAt: STORED_AT, updatedAt: STORED_AT, ...overrides }
}
