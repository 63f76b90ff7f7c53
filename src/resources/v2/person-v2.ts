// The shapes of a person in version 2: the resource itself, with the times the server keeps.
import Type from 'typebox'
import { PERSON_FIELDS } from '../../person/fields.ts'
import { storedExample, viewProperties } from '../../person/schemas.ts'
import { NextLink } from '../../responses/next-link.ts'

export const PersonV2 = Type.Object({
  name: Type.String(),
  ...viewProperties(PERSON_FIELDS),
  createdAt: Type.String({ format: 'date-time', description: 'RFC 3339, UTC; set when the person was first stored.' }),
  updatedAt: Type.String({ format: 'date-time', description: 'RFC 3339, UTC; moves on every write.' })
}, {
  additionalProperties: false,
  title: 'PersonV2',
  examples: [{ name: 'fred', ...storedExample(PERSON_FIELDS), createdAt: '2026-11-28T06:40:16.043Z', updatedAt: '2026-11-28T06:40:16.043Z' }]
})
export type PersonV2 = Type.Static<typeof PersonV2>

export const PeoplePageV2 = Type.Object({
  items: Type.Array(PersonV2),
  next: NextLink('URL of the next page, also sent as a Link header; null on the last page.')
}, { additionalProperties: false, title: 'PeoplePageV2' })
