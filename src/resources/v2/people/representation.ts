// Version 2 shows people HTTP-natively: the resource is the body, errors are problem details.
import { PERSON_FIELDS } from '../../../person/fields.ts'
import { wholePerson } from '../../../person/views.ts'
import { Problem } from '../../../plugins/errors.ts'
import type { PeopleRepresentation } from '../../v1/people/representation.ts'
import { PeoplePageV2, PersonV2 } from './schemas.ts'

export const v2Representation: PeopleRepresentation = {
  schemas: { person: PersonV2, page: PeoplePageV2, deleted: undefined },
  person: wholePerson(PERSON_FIELDS),
  page: (people, next) => ({ items: people.map(v2Representation.person), next }),
  deleted: { status: 204, body: undefined },
  errors: (...statuses) => Object.fromEntries(statuses.map(status => [status, Problem])),
  redirectBrowsers: 'when-html-preferred'
}
