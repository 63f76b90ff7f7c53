// How a version shows people: besides its error format, the one thing that differs between versions.
import type { TSchema } from 'typebox'
import type { Person } from '../../storage/store.ts'

export interface PeopleRepresentation {
  /**
   * Response schemas, compiled once into serializers and shown in the API
   * description; `deleted` is undefined when DELETE answers with no body at all.
   */
  schemas: { person: TSchema, page: TSchema, deleted: TSchema | undefined }
  person (person: Person): unknown
  page (people: Person[], next: string | null): unknown
  /** What DELETE answers: v1 says ok in its envelope; v2 says 204 and nothing else. */
  deleted: { status: 200 | 204, body: unknown }
  /**
   * When a browser's GET is sent to the docs: v1 whenever Accept names no data
   * format (as the original did); v2 only when the client prefers HTML.
   */
  redirectBrowsers: 'unless-data-format-named' | 'when-html-preferred'
}
