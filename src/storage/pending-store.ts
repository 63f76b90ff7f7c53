// Stands in for a store that is still being opened, so that the app can listen and answer meanwhile: every call fails as unavailable until the store is open, then goes to it.
import { CHANGE_TOPICS, StoreUnavailableError } from './store.ts'
import type { ChangeFeed, ChangeTopic, EventStore, KeyStore, PeopleStore, Store, SwitchStore } from './store.ts'

/** What every call answers before the store is open: a 503, like any unreachable store. */
export class StoreNotOpenError extends StoreUnavailableError {}

type ConnectionWatcher = (isConnected: boolean, cause?: unknown) => void

export class PendingStore implements Store {
  #store: Store | undefined
  #isClosed = false
  readonly #listeners = new Set<(topic: ChangeTopic) => void>()
  readonly #watchers = new Set<ConnectionWatcher>()

  /** None until the store is open: opening it is what applies them. */
  get appliedMigrations (): readonly string[] {
    return this.#store?.appliedMigrations ?? []
  }

  // Each call is handed to the open store as it is, not awaited again here: a
  // layer that awaits adds a promise and a turn of the microtask queue to
  // every read and write of the app.
  readonly people: PeopleStore = {
    find: (name) => this.#whenOpen(store => store.people.find(name)),
    put: (name, draft, condition) => this.#whenOpen(store => store.people.put(name, draft, condition)),
    update: (name, changes, condition) => this.#whenOpen(store => store.people.update(name, changes, condition)),
    remove: (name, condition) => this.#whenOpen(store => store.people.remove(name, condition)),
    list: (options) => this.#whenOpen(store => store.people.list(options))
  }

  readonly keys: KeyStore = {
    create: (key, by) => this.#whenOpen(store => store.keys.create(key, by)),
    createIfNone: (key, by) => this.#whenOpen(store => store.keys.createIfNone(key, by)),
    list: (page) => this.#whenOpen(store => store.keys.list(page)),
    find: (id) => this.#whenOpen(store => store.keys.find(id)),
    listActive: () => this.#whenOpen(store => store.keys.listActive()),
    revoke: (id, at, by) => this.#whenOpen(store => store.keys.revoke(id, at, by)),
    markUsed: (ids, at) => this.#whenOpen(store => store.keys.markUsed(ids, at)),
    revision: () => this.#whenOpen(store => store.keys.revision())
  }

  readonly switches: SwitchStore = {
    list: () => this.#whenOpen(store => store.switches.list()),
    set: (name, enabled, at, by) => this.#whenOpen(store => store.switches.set(name, enabled, at, by)),
    revision: () => this.#whenOpen(store => store.switches.revision())
  }

  readonly events: EventStore = {
    list: (options) => this.#whenOpen(store => store.events.list(options))
  }

  // Subscribers are kept here, and hear from the store's own feed once there is one.
  readonly changes: ChangeFeed = {
    subscribe: (listener) => {
      this.#listeners.add(listener)
      return () => { this.#listeners.delete(listener) }
    },
    watchConnection: (watcher) => {
      this.#watchers.add(watcher)
      return () => { this.#watchers.delete(watcher) }
    }
  }

  async secret (name: string): Promise<Buffer> {
    return await this.#whenOpen(store => store.secret(name))
  }

  async ping (): Promise<void> {
    await this.#whenOpen(store => store.ping())
  }

  async close (): Promise<void> {
    this.#isClosed = true
    await this.#store?.close()
  }

  /**
   * From now on every call goes to `store`. Subscribers hear of every topic
   * at once, since nothing could be loaded before: that is what loads keys
   * and switches without waiting for the next poll.
   */
  async open (store: Store): Promise<void> {
    // Shutdown began while the store was being opened: nobody will use it.
    if (this.#isClosed) {
      await store.close()
      return
    }
    this.#store = store
    store.changes?.subscribe(topic => { this.#tell(topic) })
    store.changes?.watchConnection((isConnected, cause) => {
      for (const watcher of this.#watchers) watcher(isConnected, cause)
    })
    for (const topic of CHANGE_TOPICS) this.#tell(topic)
  }

  /** The call on the open store, or a rejection, never a throw: callers of a store only ever see promises. */
  #whenOpen<T> (call: (store: Store) => Promise<T>): Promise<T> {
    if (this.#store === undefined) return Promise.reject(new StoreNotOpenError('The store is not open yet'))
    return call(this.#store)
  }

  #tell (topic: ChangeTopic): void {
    for (const listener of this.#listeners) listener(topic)
  }
}
