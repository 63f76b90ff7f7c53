// Version 1 shows people in the original blueprint's envelope.
import { PERSON_FIELDS } from '../../person/fields.ts'
import { nameAndFields } from '../../person/views.ts'
import { Ok, okPage, OkPage, OkWithoutResult } from '../../responses/envelope.ts'
import type { Person } from '../../storage/store.ts'
import type { PeopleRepresentation } from '../people/representation.ts'
import { PersonView } from '../people/schemas.ts'

export const PersonEnvelope = Ok(PersonView, 'PersonEnvelope')

export const PeoplePage = OkPage(PersonView, 'PeoplePageEnvelope')

const toView: (person: Person) => PersonView = nameAndFields(PERSON_FIELDS)

export const v1People: PeopleRepresentation = {
  schemas: { person: PersonEnvelope, page: PeoplePage, deleted: OkWithoutResult },
  person: person => ({ status: 'ok', result: toView(person) }),
  page: (people, next) => okPage(people.map(toView), next),
  deleted: { status: 200, body: { status: 'ok' } },
  redirectBrowsers: 'unless-data-format-named'
}
