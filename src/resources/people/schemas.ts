// The shapes of a person that every version shares: what clients send, and the person's own fields.
import Type from 'typebox'
import { PERSON_FIELDS } from '../../person/fields.ts'
import { bodyExample, bodyProperties, patchExample, patchProperties, storedExample, viewProperties } from '../../person/schemas.ts'
import { NAME_FORMAT, NAME_LENGTH, NAME_RULES } from '../../names/name-profile.ts'
import { CONTROL_CHARACTERS as CC, WHITE_SPACE as WS } from '../../patterns.ts'

const EDGE = `[^${WS}${CC}/]`
const EDGE_BUT_DOT = `[^${WS}${CC}/.]`
const INSIDE = `[^${CC}/]`

// docs/contract.md §5. Patterns are compiled with the `u` flag, so lengths count
// code points, not UTF-16 units; they use no syntax that needs it (patterns.ts says why).
export const PersonName = Type.String({
  ...NAME_LENGTH,
  // "." and ".." cannot be reached: every URL parser resolves them as path
  // segments. They are ruled out by spelling out the short names rather than
  // with a lookahead, which generators of test data cannot run backwards.
  pattern: `^(?:${EDGE_BUT_DOT}|\\.${EDGE_BUT_DOT}|${EDGE_BUT_DOT}${EDGE}|${EDGE}${INSIDE}+${EDGE})$`,
  format: NAME_FORMAT,
  description: `1 to 100 code points (after NFC): ${NAME_RULES}; no "/", not "." or "..".`,
  'x-error-message': 'must be 1 to 100 characters, without control characters, invisible or bidi formatting characters, "/", or white space at either end, and not "." or ".."',
  examples: ['fred']
})

export const PersonParams = Type.Object({ name: PersonName })

/** `name` may be sent back as it was read, so a client can PUT what it GOT; it must match the URL. */
export const PersonBody = Type.Object({
  name: Type.Optional(PersonName),
  ...bodyProperties(PERSON_FIELDS)
}, { additionalProperties: false, title: 'PersonBody', examples: [bodyExample(PERSON_FIELDS)] })
export type PersonBody = Type.Static<typeof PersonBody>

// RFC 7396: a member present changes that field, null removes it, absent leaves it.
export const PersonPatch = Type.Object({
  name: Type.Optional(PersonName),
  ...patchProperties(PERSON_FIELDS)
}, { additionalProperties: false, title: 'PersonPatch', examples: [patchExample(PERSON_FIELDS)] })

export const PersonView = Type.Object({
  name: Type.String(),
  ...viewProperties(PERSON_FIELDS)
}, { additionalProperties: false, title: 'Person', examples: [{ name: 'fred', ...storedExample(PERSON_FIELDS) }] })
export type PersonView = Type.Static<typeof PersonView>

export const DEFAULT_PAGE_SIZE = 20

export const PeopleQuery = Type.Object({
  // Optional to clients; the validator fills in the default before the handler runs.
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: DEFAULT_PAGE_SIZE })),
  cursor: Type.Optional(Type.String({ maxLength: 1000, description: 'Opaque; copy it from the `next` link of the previous page.' }))
}, { additionalProperties: false })

// No body at all (RFC 9110 §15.4.5), so no type to serialize.
export const NotModified = Type.Unsafe<undefined>({ description: 'Nothing: the person is still at the version named in If-None-Match.' })

export const NoContent = Type.Null({ description: 'Nothing: the request succeeded and there is nothing to show.' })
