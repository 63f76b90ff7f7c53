// Version 2 shows people HTTP-natively: the resource is the body, with the times the server keeps.
import { PERSON_FIELDS } from '../../person/fields.ts'
import { wholePerson } from '../../person/views.ts'
import type { PeopleRepresentation } from '../people/representation.ts'
import { PeoplePageV2, PersonV2 } from './person-v2.ts'

export const v2People: PeopleRepresentation = {
  schemas: { person: PersonV2, page: PeoplePageV2, deleted: undefined },
  person: wholePerson(PERSON_FIELDS),
  page: (people, next) => ({ items: people.map(v2People.person), next }),
  deleted: { status: 204, body: undefined },
  redirectBrowsers: 'when-html-preferred'
}
