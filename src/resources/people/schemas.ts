// The shapes of a person that every version shares: what clients send, and the person's own fields.
import Type from 'typebox'
import { NAME_LENGTH, NAME_RULES, namePattern } from '../../names/name-profile.ts'

// CONTRACT §5. Patterns are compiled with the `u` flag, so \p{…} classes work
// and lengths count code points, not UTF-16 units.
export const PersonName = Type.String({
  ...NAME_LENGTH,
  // "." and ".." cannot be reached: every URL parser resolves them as path segments.
  pattern: `^(?!\\.\\.?$)${namePattern('/')}$`,
  description: `1 to 100 code points (after NFC): ${NAME_RULES}; no "/", not "." or "..".`,
  'x-error-message': 'must be 1 to 100 characters, without control characters, invisible or bidi formatting characters, "/", or white space at either end, and not "." or ".."',
  examples: ['fred']
})

// Plausible, not RFC 5322-perfect: one @, a dotted domain, no spaces or
// control characters; internationalized addresses pass.
export const Email = Type.String({
  maxLength: 254,
  pattern: '^[^\\s@\\p{Cc}]+@[^\\s@\\p{Cc}.]+(?:\\.[^\\s@\\p{Cc}.]+)+$',
  'x-error-message': 'must be an email address such as fred@example.com',
  examples: ['fred@example.com']
})

// Tabs and newlines are text; other control characters (NUL above all) are not.
export const Comment = Type.Unsafe<string | null>({
  type: ['string', 'null'],
  maxLength: 1000,
  pattern: '^(?:[^\\p{Cc}]|[\\t\\n\\r])*$',
  'x-error-message': 'must be null or text of up to 1000 characters without control characters other than tab and newline',
  examples: ['Likes tea 🍵']
})

export const PersonParams = Type.Object({ name: PersonName })

/** `name` may be sent back as it was read, so a client can PUT what it GOT; it must match the URL. */
export const PersonBody = Type.Object({
  name: Type.Optional(PersonName),
  email: Email,
  comment: Type.Optional(Comment)
}, { additionalProperties: false, title: 'PersonBody', examples: [{ email: 'fred@example.com', comment: 'Likes tea 🍵' }] })
export type PersonBody = Type.Static<typeof PersonBody>

// RFC 7396: a member present changes that field, null removes it, absent leaves it.
export const PersonPatch = Type.Object({
  name: Type.Optional(PersonName),
  email: Type.Optional(Email),
  comment: Type.Optional(Comment)
}, { additionalProperties: false, title: 'PersonPatch', examples: [{ comment: null }] })

export const PersonView = Type.Object({
  name: Type.String(),
  email: Type.String(),
  comment: Type.Unsafe<string | null>({ type: ['string', 'null'] })
}, { additionalProperties: false, title: 'Person', examples: [{ name: 'fred', email: 'fred@example.com', comment: null }] })
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
