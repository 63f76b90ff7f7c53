// Stands in for a store that is still being opened, so that the app can listen and answer meanwhile: every call fails as unavailable until the store is open, then goes to it.
import { CHANGE_TOPICS, StoreUnavailableError } from './store.ts'
import type { ChangeFeed, ChangeTopic, KeyStore, PeopleStore, Store, SwitchStore } from './store.ts'

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

  readonly people: PeopleStore = {
    find: async (name) => await this.#opened().people.find(name),
    put: async (name, draft, condition) => await this.#opened().people.put(name, draft, condition),
    update: async (name, changes, condition) => await this.#opened().people.update(name, changes, condition),
    remove: async (name, condition) => await this.#opened().people.remove(name, condition),
    list: async (options) => await this.#opened().people.list(options)
  }

  readonly keys: KeyStore = {
    create: async (key) => { await this.#opened().keys.create(key) },
    createIfNone: async (key) => await this.#opened().keys.createIfNone(key),
    list: async () => await this.#opened().keys.list(),
    listActive: async () => await this.#opened().keys.listActive(),
    revoke: async (id, at) => await this.#opened().keys.revoke(id, at),
    revision: async () => await this.#opened().keys.revision()
  }

  readonly switches: SwitchStore = {
    list: async () => await this.#opened().switches.list(),
    set: async (name, enabled, at) => await this.#opened().switches.set(name, enabled, at),
    revision: async () => await this.#opened().switches.revision()
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
    return await this.#opened().secret(name)
  }

  async ping (): Promise<void> {
    await this.#opened().ping()
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

  #opened (): Store {
    if (this.#store === undefined) throw new StoreNotOpenError('The store is not open yet')
    return this.#store
  }

  #tell (topic: ChangeTopic): void {
    for (const listener of this.#listeners) listener(topic)
  }
}
