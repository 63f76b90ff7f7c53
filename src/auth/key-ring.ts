// The active API keys held in memory, so that no request waits on the database to authenticate.
import type { KeyStore, StoredApiKey } from '../storage/store.ts'
import { StoredCopy } from '../sync/stored-copy.ts'
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

function toEntry (key: StoredApiKey): Entry {
  return { hash: Buffer.from(key.hash, 'hex'), caller: { keyId: key.id, capabilities: key.capabilities } }
}

// Named after a piece of its hash, so a rotated admin key gets a fresh rate-limit budget and log identity.
function environmentEntry (adminKey: string): Entry {
  const hash = hashKey(adminKey)
  return { hash, caller: { keyId: `environment-${hash.toString('hex').slice(0, 8)}`, capabilities: ['admin'] } }
}

export class KeyRing extends StoredCopy<Map<string, Entry>> {
  readonly #staticEntries: Entry[]

  /** `adminKey`, from the environment, is an admin key that lives only in memory. */
  constructor (keys: KeyStore, adminKey: string | undefined) {
    super({
      revision: async () => await keys.revision(),
      load: async () => new Map((await keys.listActive()).map(key => [key.hash, toEntry(key)]))
    }, new Map())
    this.#staticEntries = adminKey === undefined ? [] : [environmentEntry(adminKey)]
  }

  authenticate (presentedKey: string): Caller | undefined {
    const hash = hashKey(presentedKey)
    // The map is indexed by hash, not by key: a lookup's timing can only tell
    // an attacker about hashes of keys they already hold.
    const entry = this.value.get(hash.toString('hex'))
    if (entry !== undefined && isSameHash(entry.hash, hash)) return entry.caller
    return this.#staticEntries.find(candidate => isSameHash(candidate.hash, hash))?.caller
  }
}
