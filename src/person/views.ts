// What a version shows of a stored person: a copy of some of their properties, compiled once.
import { compileObject } from './compile.ts'
import { fieldNames, personKeys } from './fields.ts'
import type { Person, PersonFields } from './fields.ts'

function copyOf<View> (keys: readonly string[]): (person: Person) => View {
  return compileObject(['person'], keys.map(key => [key, `person.${key}`]))
}

/** Compiles `person => view`: the name and the fields a client writes, without the times the server keeps. */
export function nameAndFields (fields: PersonFields): (person: Person) => Omit<Person, 'createdAt' | 'updatedAt'> {
  return copyOf(['name', ...fieldNames(fields)])
}

/** Compiles `person => view`: everything stored, and nothing else the object may hold. */
export function wholePerson (fields: PersonFields): (person: Person) => Person {
  return copyOf(personKeys(fields))
}
