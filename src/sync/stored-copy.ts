// An in-memory copy of something stored, reloaded when its revision moves, so requests never wait on the store for it.
export interface StoredSource<T> {
  /** A number the store moves on every change; cheap to read. */
  revision (): Promise<number>
  load (): Promise<T>
}

export class StoredCopy<T> {
  readonly #source: StoredSource<T>
  #value: T
  #revision = -1
  #timer: NodeJS.Timeout | undefined
  // Refreshes may overlap (a poll and a change notification): each takes a
  // number when it starts, and one that started earlier never overwrites
  // what a later one loaded, which is at least as new.
  #started = 0
  #applied = 0
  #checkedAt: number | undefined

  constructor (source: StoredSource<T>, initial: T) {
    this.#source = source
    this.#value = initial
  }

  get value (): T {
    return this.#value
  }

  /** False until the first load: the initial value is only a placeholder. */
  get isLoaded (): boolean {
    return this.#applied > 0
  }

  /**
   * When the store last confirmed this copy (Date.now() as the revision was
   * read), whether or not a reload was needed; undefined before the first
   * refresh. Its age is how stale the copy may be: it grows while the store
   * cannot be reached.
   */
  get checkedAt (): number | undefined {
    return this.#checkedAt
  }

  /** Reloads when the revision has moved: otherwise one tiny query and nothing else. */
  async refresh (): Promise<void> {
    const ticket = ++this.#started
    const revision = await this.#source.revision()
    const checkedAt = Date.now()
    if (revision !== this.#revision) {
      const value = await this.#source.load()
      if (ticket < this.#applied) return
      this.#applied = ticket
      this.#value = value
      this.#revision = revision
    }
    this.#checkedAt = Math.max(this.#checkedAt ?? 0, checkedAt)
  }

  /** Polls, so that a change made through another instance reaches this one within `intervalMs`. */
  startRefreshing (intervalMs: number, onError: (error: unknown) => void): void {
    this.#timer = setInterval(() => { this.refresh().catch(onError) }, intervalMs)
    // A timer alone must not keep a finished process alive.
    this.#timer.unref()
  }

  stopRefreshing (): void {
    clearInterval(this.#timer)
  }
}
