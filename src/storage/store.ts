// What every storage adapter offers; SQLite and PostgreSQL both implement it.
import type { Capability } from '../auth/capabilities.ts'
import type { Person, PersonChanges, PersonDraft } from '../person/fields.ts'

// A person's shape derives from their declared fields.
export type { Person, PersonChanges, PersonDraft }

export interface PutResult {
  person: Person
  created: boolean
}

/**
 * What a write requires of the stored person, checked in the same transaction
 * as the write, so that of two writers holding one version exactly one wins.
 * Versions come from versionOf() (conditions.ts).
 */
export interface WriteCondition {
  /** Go ahead only if the person exists ('*') or is at one of these versions. */
  ifMatch?: '*' | readonly string[]
  /** Go ahead only if the person does not exist ('*') or is at none of these versions. */
  ifNoneMatch?: '*' | readonly string[]
}

/** Thrown by a write whose WriteCondition does not hold; nothing was changed. */
export class ConditionFailedError extends Error {
  override readonly name = 'ConditionFailedError'
}

/**
 * Thrown when the database cannot be reached, or does not answer in time:
 * the request was fine and may succeed when tried again shortly (a 503, not
 * a 500). The driver's own error is kept as `cause`, for the log only.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError'
}

/**
 * Thrown when the store has no room left for a write (a full disk): the
 * request was fine, reads still work, and the write may succeed once there
 * is room again (a 507, not a 500).
 */
export class StoreFullError extends Error {
  override readonly name = 'StoreFullError'
}

export interface PeopleStore {
  find (name: string): Promise<Person | undefined>
  put (name: string, draft: PersonDraft, condition?: WriteCondition): Promise<PutResult>
  /** Applies the changes in one step; undefined when the person does not exist. */
  update (name: string, changes: PersonChanges, condition?: WriteCondition): Promise<Person | undefined>
  remove (name: string, condition?: WriteCondition): Promise<boolean>
  /** People in code point order of their names, starting after `after` when given. */
  list (options: { after: string | undefined, limit: number }): Promise<Person[]>
}

export interface ApiKey {
  id: string
  name: string
  capabilities: Capability[]
  createdAt: string
  revokedAt: string | null
  /** When the key stops working, or null if it never does. */
  expiresAt: string | null
  /** When an instance last wrote down a use of the key (up to a minute after it), or null if none has. */
  lastUsedAt: string | null
}

/** A key as stored: the secret itself is never kept, only its SHA-256 hash. */
export interface StoredApiKey extends ApiKey {
  hash: string
}

/**
 * Who asked for a change to keys or switches: a key's id (`environment` for
 * BLUEPRINT_ADMIN_KEY), or `command line`, or `first start`; and the request
 * that carried it, when one did.
 */
export interface Actor {
  name: string
  requestId: string | null
}

export const ADMIN_ACTIONS = ['key.create', 'key.revoke', 'switch.set'] as const
export type AdminAction = typeof ADMIN_ACTIONS[number]

/** One change to keys or switches, recorded by the store in the change's own transaction. */
export interface AdminEvent {
  /** Grows with every event, in the order their changes were committed: the newest has the highest. */
  id: number
  at: string
  actor: string
  requestId: string | null
  action: AdminAction
  /** The key's id or the switch's name. */
  target: string
  /** What the change was: a new key's name, capabilities and expiry, a switch's new state. */
  detail: Record<string, unknown>
}

export interface EventStore {
  /** The newest events first; with `before`, only those older than the event with that id. */
  list (options: { before?: number | undefined, limit: number }): Promise<AdminEvent[]>
}

// Every change to keys and switches names who asked for it (`by`): the store
// records it beside the change, in one transaction, so that no change goes
// unrecorded and no record tells of a change that did not happen.
export interface KeyStore {
  create (key: StoredApiKey, by: Actor): Promise<void>
  /** Stores the key only when no key exists yet, so concurrent first starts make one admin key. */
  createIfNone (key: StoredApiKey, by: Actor): Promise<boolean>
  /**
   * A page of keys, without their hashes, in the order they were stored: the
   * first page, or the keys after the one whose id is `after`. That order,
   * not their `createdAt`, which each instance reads off its own clock, so
   * that a key stored while a client pages comes after the pages it read.
   */
  list (page: { after?: string | undefined, limit: number }): Promise<ApiKey[]>
  /** One key, revoked or not, without its hash; undefined if there is none with that id. */
  find (id: string): Promise<ApiKey | undefined>
  listActive (): Promise<StoredApiKey[]>
  revoke (id: string, at: string, by: Actor): Promise<ApiKey | undefined>
  /**
   * Notes that these keys were used by `at`, for the listing only: it moves
   * no revision, since the key ring does not hold it, and never moves a
   * key's last use back, so instances that write late change nothing.
   */
  markUsed (ids: readonly string[], at: string): Promise<void>
  /** A number that changes whenever a key is created or revoked, so caches know when to reload. */
  revision (): Promise<number>
}

/** A switch as stored: only switches that were ever flipped have a row. */
export interface StoredSwitch {
  name: string
  enabled: boolean
  changedAt: string
}

export interface SwitchStore {
  list (): Promise<StoredSwitch[]>
  /**
   * Flips the switch at `at`, and answers it as stored. Setting a switch to
   * the state it is stored in changes nothing, not even when it changed: a
   * deprecation's date, and the Sunset reckoned from it, must not move when
   * an administrator says "deprecated" twice. A switch with no row yet
   * follows its default in the code; setting it stores it, at its default
   * too, and that is a change: from then on it keeps its state whatever the
   * code's default becomes.
   */
  set (name: string, enabled: boolean, at: string, by: Actor): Promise<StoredSwitch>
  /** A number that changes whenever a switch is flipped, so caches know when to reload. */
  revision (): Promise<number>
}

/** What a change feed announces: keys created or revoked, or a switch flipped. */
export type ChangeTopic = 'keys' | 'switches'
export const CHANGE_TOPICS: readonly ChangeTopic[] = ['keys', 'switches']

/** A store that can tell every instance at once that something changed, rather than wait to be polled. */
export interface ChangeFeed {
  /**
   * Calls `listener` with the topic of every change made through any
   * instance, and with every topic after the feed was cut off and is back,
   * since changes made meanwhile were missed. Answers a function that stops it.
   */
  subscribe (listener: (topic: ChangeTopic) => void): () => void
  /**
   * Calls `listener` with whether the feed is connected, as soon as that is
   * known, then each time it changes, with the reason when the connection is
   * lost. Meanwhile changes reach the instance by polling alone. Answers a
   * function that stops it.
   */
  watchConnection (listener: (isConnected: boolean, cause?: unknown) => void): () => void
}

export interface Store {
  people: PeopleStore
  keys: KeyStore
  switches: SwitchStore
  events: EventStore
  /** Present when the database can push changes (PostgreSQL); others are only polled. */
  changes?: ChangeFeed
  /**
   * A random secret shared by every instance on this store, made on first
   * use: it signs list cursors, so any instance can check any other's.
   */
  secret (name: string): Promise<Buffer>
  /** Resolves when the store answers a trivial query. */
  ping (): Promise<void>
  close (): Promise<void>
  /** The migrations that opening this store applied, by file name, in order: none when it was already up to date. */
  readonly appliedMigrations: readonly string[]
}
