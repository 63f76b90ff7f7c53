// Watches the outcome of every call to the store, so that /ready and the log say when it stops answering or taking writes, and when it is back.
import { StoreNotOpenError } from '../storage/pending-store.ts'
import { StoreFullError, StoreUnavailableError } from '../storage/store.ts'
import type { KeyStore, PeopleStore, Store, SwitchStore } from '../storage/store.ts'
import type { DependencyStates, States } from './states.ts'

type Access = 'read' | 'write'

// Every method, classified: the compiler refuses a new one until it is.
const PEOPLE: Record<keyof PeopleStore, Access> = { find: 'read', put: 'write', update: 'write', remove: 'write', list: 'read' }
const KEYS: Record<keyof KeyStore, Access> = { create: 'write', createIfNone: 'write', list: 'read', listActive: 'read', revoke: 'write', revision: 'read' }
const SWITCHES: Record<keyof SwitchStore, Access> = { list: 'read', set: 'write', revision: 'read' }
// secret() inserts when the secret is missing, so it needs room like any write.
const OWN: Record<'secret' | 'ping', Access> = { secret: 'write', ping: 'read' }

type Outcome = <T>(access: Access, call: () => Promise<T>) => Promise<T>

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
  const outcome: Outcome = async (access, call) => {
    const began = generation
    try {
      const result = await call()
      const state = states.get('store')
      // Any answer proves the store is reachable; only a write proves it has room again.
      if (began === generation && (state === 'unreachable' || (state === 'read-only' && access === 'write'))) change('ok')
      return result
    } catch (error) {
      // Not open yet is the start-up, which start-server reports itself.
      const isLost = error instanceof StoreUnavailableError && !(error instanceof StoreNotOpenError)
      if (began === generation && isLost) change('unreachable', error)
      if (began === generation && error instanceof StoreFullError) change('read-only', error)
      throw error
    }
  }
  states.set('store', 'ok')
  return {
    people: watched(store.people, PEOPLE, outcome),
    keys: watched(store.keys, KEYS, outcome),
    switches: watched(store.switches, SWITCHES, outcome),
    ...(store.changes === undefined ? {} : { changes: store.changes }),
    ...watched<Pick<Store, 'secret' | 'ping'>>(store, OWN, outcome),
    close: async () => { await store.close() }
  }
}

function watched<T extends object> (part: T, accesses: Record<keyof T, Access>, outcome: Outcome): T {
  const methods = Object.entries<Access>(accesses).map(([name, access]) => {
    const method = part[name as keyof T] as (...args: unknown[]) => Promise<unknown>
    return [name, async (...args: unknown[]) => await outcome(access, async () => await method.apply(part, args))]
  })
  return Object.fromEntries(methods) as T
}
