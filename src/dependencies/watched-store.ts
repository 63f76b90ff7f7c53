// Watches the outcome of every call to the store, so that /ready and the log say when it stops answering or taking writes, and when it is back.
import { StoreNotOpenError } from '../storage/pending-store.ts'
import { StoreFullError, StoreUnavailableError } from '../storage/store.ts'
import type { EventStore, KeyStore, PeopleStore, Store, SwitchStore } from '../storage/store.ts'
import type { DependencyStates, States } from './states.ts'

type Access = 'read' | 'write'

// Every method, classified: the compiler refuses a new one until it is.
const PEOPLE: Record<keyof PeopleStore, Access> = { find: 'read', put: 'write', update: 'write', remove: 'write', list: 'read' }
const KEYS: Record<keyof KeyStore, Access> = { create: 'write', createIfNone: 'write', list: 'read', find: 'read', listActive: 'read', revoke: 'write', markUsed: 'write', revision: 'read' }
const SWITCHES: Record<keyof SwitchStore, Access> = { list: 'read', set: 'write', revision: 'read' }
const EVENTS: Record<keyof EventStore, Access> = { list: 'read' }
// secret() inserts when the secret is missing, so it needs room like any write.
const OWN: Record<'secret' | 'ping', Access> = { secret: 'write', ping: 'read' }

/** What each call tells of the store: `began` is the generation it started in. */
interface Observer {
  answered: (access: Access, began: number) => void
  failed: (error: unknown, began: number) => void
  generation: () => number
}

export function watchStore (store: Store, states: DependencyStates): Store {
  // Moves with every change of state. A call that began before the last
  // change says nothing about the store now: a read answered just before the
  // store went away, or a statement timed out just after it came back.
  let generation = 0
  const change = (state: States['store'], cause?: unknown): void => {
    if (states.get('store') === state) return
    generation++
    states.set('store', state, cause)
  }
  const observer: Observer = {
    generation: () => generation,
    answered (access, began) {
      if (began !== generation) return
      const state = states.get('store')
      // Any answer proves the store is reachable; only a write proves it has room again.
      if (state === 'unreachable' || (state === 'read-only' && access === 'write')) change('ok')
    },
    failed (error, began) {
      if (began !== generation) return
      // Not open yet is the start-up, which start-server reports itself.
      if (error instanceof StoreUnavailableError && !(error instanceof StoreNotOpenError)) change('unreachable', error)
      if (error instanceof StoreFullError) change('read-only', error)
    }
  }
  states.set('store', 'ok')
  return {
    people: watched(store.people, PEOPLE, observer),
    keys: watched(store.keys, KEYS, observer),
    switches: watched(store.switches, SWITCHES, observer),
    events: watched(store.events, EVENTS, observer),
    ...(store.changes === undefined ? {} : { changes: store.changes }),
    ...watched<Pick<Store, 'secret' | 'ping'>>(store, OWN, observer),
    close: async () => { await store.close() },
    // Read through, as the store behind may still be opening.
    get appliedMigrations () { return store.appliedMigrations }
  }
}

function watched<T extends object> (part: T, accesses: Record<keyof T, Access>, observer: Observer): T {
  const methods = Object.entries<Access>(accesses).map(([name, access]) => {
    const method = part[name as keyof T] as (...args: unknown[]) => Promise<unknown>
    return [name, (...args: unknown[]) => {
      const began = observer.generation()
      const answer = method.apply(part, args)
      // Watching adds a reaction to the adapter's own promise, which the
      // caller gets as it is: no second promise or await on every call.
      answer.then(() => { observer.answered(access, began) }, (error: unknown) => { observer.failed(error, began) })
      return answer
    }]
  })
  return Object.fromEntries(methods) as T
}
