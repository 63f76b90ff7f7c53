// How a version shows people: the one thing besides errors that differs between v1 and v2.
import type { TSchema } from 'typebox'
import { PERSON_FIELDS } from '../../../person/fields.ts'
import { nameAndFields } from '../../../person/views.ts'
import { errorResponses } from '../../../plugins/errors.ts'
import type { Person } from '../../../storage/store.ts'
import { OkWithoutResult } from '../envelope.ts'
import { PeoplePage, PersonEnvelope } from './schemas.ts'
import type { PersonView } from './schemas.ts'

export interface PeopleRepresentation {
  /** Response schemas, compiled once into serializers and shown in the API description. */
  /** `deleted` is undefined when DELETE answers with no body at all. */
  schemas: { person: TSchema, page: TSchema, deleted: TSchema | undefined }
  person (person: Person): unknown
  page (people: Person[], next: string | null): unknown
  /** What DELETE answers: v1 says ok in its envelope; v2 says 204 and nothing else. */
  deleted: { status: 200 | 204, body: unknown }
  /** Schemas of the error responses for the given statuses. */
  errors (...statuses: number[]): Record<number, TSchema>
  /**
   * When a browser's GET is sent to the docs: v1 whenever Accept names no data
   * format (as the original did); v2 only when the client prefers HTML.
   */
  redirectBrowsers: 'unless-data-format-named' | 'when-html-preferred'
}

const toView: (person: Person) => PersonView = nameAndFields(PERSON_FIELDS)

export const v1Representation: PeopleRepresentation = {
  schemas: { person: PersonEnvelope, page: PeoplePage, deleted: OkWithoutResult },
  person: person => ({ status: 'ok', result: toView(person) }),
  page: (people, next) => ({ status: 'ok', result: people.map(toView), next }),
  deleted: { status: 200, body: { status: 'ok' } },
  errors: errorResponses,
  redirectBrowsers: 'unless-data-format-named'
}
