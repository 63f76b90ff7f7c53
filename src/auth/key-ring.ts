// The active API keys held in memory, so that no request waits on the database to authenticate.
import type { KeyStore, StoredApiKey } from '../storage/store.ts'
import { StoredCopy } from '../sync/stored-copy.ts'
import type { Capability } from './capabilities.ts'
import { hashKey } from './api-keys.ts'
import { expiryInstant } from './key-expiry.ts'

export interface Caller {
  keyId: string
  capabilities: readonly Capability[]
  /** When the key stops working, in milliseconds since 1970, or null if it never does. */
  expiresAt: number | null
}

/**
 * The admin key from the environment has no stored record, so no id of its
 * own. It gets a fixed one: an id ends up in places less guarded than the
 * key ring (Redis key names, logs), so it must not be made from the key or
 * its hash. Every instance with that key shares one rate-limit budget.
 */
const environmentCaller: Caller = { keyId: 'environment', capabilities: ['admin'], expiresAt: null }

function toCaller (key: StoredApiKey): Caller {
  return { keyId: key.id, capabilities: key.capabilities, expiresAt: expiryInstant(key.expiresAt) }
}

export class KeyRing extends StoredCopy<Map<string, Caller>> {
  readonly #environmentKeys: Map<string, Caller>

  /** `adminKey`, from the environment, is an admin key that lives only in memory. */
  constructor (keys: KeyStore, adminKey: string | undefined) {
    super({
      revision: async () => await keys.revision(),
      load: async () => new Map((await keys.listActive()).map(key => [key.hash, toCaller(key)]))
    }, new Map())
    this.#environmentKeys = new Map(adminKey === undefined ? [] : [[hashKey(adminKey), environmentCaller]])
  }

  // Both maps are indexed by hash, never by key: a lookup's timing can only
  // tell an attacker about hashes of values they chose, and a hash cannot be
  // sent as a key.
  authenticate (presentedKey: string): Caller | undefined {
    const hash = hashKey(presentedKey)
    return this.value.get(hash) ?? this.#environmentKeys.get(hash)
  }
}
