// The active API keys held in memory, so that no request waits on the database to authenticate.
import type { KeyStore, StoredApiKey } from '../storage/store.ts'
import type { Capability } from './capabilities.ts'
import { hashKey, isSameHash } from './api-keys.ts'

export interface Caller {
  keyId: string
  capabilities: readonly Capability[]
}

interface Entry {
  hash: Buffer
  caller: Caller
}

export class KeyRing {
  readonly #keys: KeyStore
  readonly #staticEntries: Entry[]
  #entries = new Map<string, Entry>()
  #revision = -1
  #timer: NodeJS.Timeout | undefined

  /** `adminKey`, from the environment, is an admin key that lives only in memory. */
  constructor (keys: KeyStore, adminKey: string | undefined) {
    this.#keys = keys
    this.#staticEntries = adminKey === undefined
      ? []
      : [{ hash: hashKey(adminKey), caller: { keyId: 'environment', capabilities: ['admin'] } }]
  }

  authenticate (presentedKey: string): Caller | undefined {
    const hash = hashKey(presentedKey)
    // The map is indexed by hash, not by key: a lookup's timing can only tell
    // an attacker about hashes of keys they already hold.
    const entry = this.#entries.get(hash.toString('hex'))
    if (entry !== undefined && isSameHash(entry.hash, hash)) return entry.caller
    return this.#staticEntries.find(candidate => isSameHash(candidate.hash, hash))?.caller
  }

  /** Reloads the keys when their revision has moved; a no-op costing one tiny query otherwise. */
  async refresh (): Promise<void> {
    const revision = await this.#keys.revision()
    if (revision === this.#revision) return
    const active = await this.#keys.listActive()
    this.#entries = new Map(active.map(key => [key.hash, toEntry(key)]))
    this.#revision = revision
  }

  /** Keeps the ring fresh so a key revoked on another instance stops working there too. */
  startRefreshing (intervalMs: number, onError: (error: unknown) => void): void {
    this.#timer = setInterval(() => { this.refresh().catch(onError) }, intervalMs)
    this.#timer.unref()
  }

  stopRefreshing (): void {
    clearInterval(this.#timer)
  }
}

function toEntry (key: StoredApiKey): Entry {
  return { hash: Buffer.from(key.hash, 'hex'), caller: { keyId: key.id, capabilities: key.capabilities } }
}
