// The shapes of API keys as the admin routes take and show them.
import Type from 'typebox'
import { CAPABILITIES } from '../../auth/capabilities.ts'
import { EXPIRY_MESSAGE } from '../../auth/key-expiry.ts'
import { DateTimeOrNull } from '../../date-time-or-null.ts'
import { NAME_FORMAT, NAME_LENGTH, NAME_RULES } from '../../names/name-profile.ts'
import { CONTROL_CHARACTERS } from '../../patterns.ts'
import { OkPage } from '../../responses/envelope.ts'
import type { Capability } from '../../auth/capabilities.ts'
import { ADMIN_ACTIONS } from '../../storage/store.ts'
import type { AdminAction } from '../../storage/store.ts'

export const CapabilityName = Type.Unsafe<Capability>({ type: 'string', enum: [...CAPABILITIES] })

export const NewKeyBody = Type.Object({
  // Names show up in listings and logs: nothing to forge lines with, or to make two names look alike.
  name: Type.String({
    ...NAME_LENGTH,
    pattern: `^[^${CONTROL_CHARACTERS}]+$`,
    format: NAME_FORMAT,
    description: `What the key is for, e.g. "ci": 1 to 100 code points, ${NAME_RULES}.`,
    'x-error-message': 'must be 1 to 100 characters, without control characters, invisible or bidi formatting characters, or white space at either end'
  }),
  capabilities: Type.Array(CapabilityName, { minItems: 1, uniqueItems: true }),
  expiresAt: Type.Optional(Type.Unsafe<string | null>({
    type: ['string', 'null'],
    format: 'date-time',
    description: 'When the key stops working, with its time zone offset; it must be in the future. Absent or null: the key works until it is revoked.',
    examples: ['2027-01-31T12:00:00Z'],
    'x-error-message': `${EXPIRY_MESSAGE}, or null for a key that never expires`
  }))
}, { additionalProperties: false })

export const KeyView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  capabilities: Type.Array(CapabilityName),
  createdAt: Type.String({ format: 'date-time' }),
  revokedAt: DateTimeOrNull('When the key was revoked; null while it is not.'),
  expiresAt: DateTimeOrNull('When the key stops, or stopped, working; null if it never does.'),
  lastUsedAt: DateTimeOrNull('When the key was last used, to within a minute; null if it never was. A key whose holder was refused for a capability it lacks was still used.')
}, { additionalProperties: false, title: 'Key' })

/** The only representation that ever holds the secret: the answer to its creation. */
export const CreatedKeyView = Type.Object({
  ...KeyView.properties,
  key: Type.String({ description: 'The secret. It is shown this once and cannot be recovered.' })
}, { additionalProperties: false, title: 'CreatedKey' })

export const KeysPage = OkPage(KeyView, 'KeysPage')

export const DEFAULT_KEYS_PAGE_SIZE = 100

export const AFTER_MESSAGE = 'must be the id of a key; copy it from the next link'

export const KeysQuery = Type.Object({
  // Optional to clients; the validator fills in the default before the handler runs.
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: DEFAULT_KEYS_PAGE_SIZE })),
  after: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Only keys made after the key with this id; copy it from the next link.', 'x-error-message': AFTER_MESSAGE }))
}, { additionalProperties: false })

// An empty segment is another URL (/admin/keys/, which is /admin/keys), so the document must not offer it.
export const KeyParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) })

export const EventView = Type.Object({
  id: Type.Integer({ description: 'Grows with every event; the newest has the highest.' }),
  at: Type.String({ format: 'date-time', description: 'When the change was made.' }),
  actor: Type.String({ description: 'Who asked: a key\'s id (environment for BLUEPRINT_ADMIN_KEY), or "command line", or "first start".' }),
  requestId: Type.Unsafe<string | null>({ type: ['string', 'null'], description: 'The request that made the change, as its log line names it; null outside a request.' }),
  action: Type.Unsafe<AdminAction>({ type: 'string', enum: [...ADMIN_ACTIONS] }),
  target: Type.String({ description: 'The key\'s id or the switch\'s name.' }),
  detail: Type.Record(Type.String(), Type.Unknown(), { description: 'A new key\'s name, capabilities and expiresAt; a switch\'s enabled.' })
}, { additionalProperties: false, title: 'AdminEvent' })

export const EventsPage = OkPage(EventView, 'AdminEventsPage', 'URL of the next, older page, or null on the last one.')

export const DEFAULT_EVENTS_PAGE_SIZE = 20

export const EventsQuery = Type.Object({
  // Optional to clients; the validator fills in the default before the handler runs.
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: DEFAULT_EVENTS_PAGE_SIZE })),
  before: Type.Optional(Type.Integer({ minimum: 1, description: 'Only events older than the one with this id; copy it from the next link.' }))
}, { additionalProperties: false })
