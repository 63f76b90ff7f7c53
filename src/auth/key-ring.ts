// The active API keys held in memory, so that no request waits on the database to authenticate.
import type { KeyStore, StoredApiKey } from '../storage/store.ts'
import { StoredCopy } from '../sync/stored-copy.ts'
import type { Capability } from './capabilities.ts'
import { hashKey } from './api-keys.ts'

export interface Caller {
  keyId: string
  capabilities: readonly Capability[]
}

// Named after a piece of its hash, so a rotated admin key gets a fresh rate-limit budget and log identity.
function environmentCaller (adminKeyHash: string): Caller {
  return { keyId: `environment-${adminKeyHash.slice(0, 8)}`, capabilities: ['admin'] }
}

function toCaller (key: StoredApiKey): Caller {
  return { keyId: key.id, capabilities: key.capabilities }
}

export class KeyRing extends StoredCopy<Map<string, Caller>> {
  readonly #environmentKeys: Map<string, Caller>

  /** `adminKey`, from the environment, is an admin key that lives only in memory. */
  constructor (keys: KeyStore, adminKey: string | undefined) {
    super({
      revision: async () => await keys.revision(),
      load: async () => new Map((await keys.listActive()).map(key => [key.hash, toCaller(key)]))
    }, new Map())
    const adminKeyHash = adminKey === undefined ? undefined : hashKey(adminKey)
    this.#environmentKeys = new Map(adminKeyHash === undefined ? [] : [[adminKeyHash, environmentCaller(adminKeyHash)]])
  }

  // Both maps are indexed by hash, never by key: a lookup's timing can only
  // tell an attacker about hashes of values they chose, and a hash cannot be
  // sent as a key.
  authenticate (presentedKey: string): Caller | undefined {
    const hash = hashKey(presentedKey)
    return this.value.get(hash) ?? this.#environmentKeys.get(hash)
  }
}
