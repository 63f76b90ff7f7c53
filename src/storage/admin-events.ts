// The events that changes to keys and switches record, the same from every adapter.
import type { Actor, AdminEvent, StoredApiKey } from './store.ts'

/** `keys create` on the command line, which has no key of its own. */
export const COMMAND_LINE: Actor = { name: 'command line', requestId: null }

/** The admin key a server makes on its first start on an empty store. */
export const FIRST_START: Actor = { name: 'first start', requestId: null }

/** An event before the store numbers it. */
export type NewEvent = Omit<AdminEvent, 'id'>

function event (by: Actor, change: Pick<NewEvent, 'at' | 'action' | 'target' | 'detail'>): NewEvent {
  return { actor: by.name, requestId: by.requestId, ...change }
}

/** A key was made: what it may do and until when, never its hash. */
export function creationOf (key: StoredApiKey, by: Actor): NewEvent {
  return event(by, { at: key.createdAt, action: 'key.create', target: key.id, detail: { name: key.name, capabilities: key.capabilities, expiresAt: key.expiresAt } })
}

export function revocationOf (id: string, at: string, by: Actor): NewEvent {
  return event(by, { at, action: 'key.revoke', target: id, detail: {} })
}

export function flipOf (name: string, enabled: boolean, at: string, by: Actor): NewEvent {
  return event(by, { at, action: 'switch.set', target: name, detail: { enabled } })
}
