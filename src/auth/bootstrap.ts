// The first start of an empty store makes an admin key, so a new install can be used at once.
import { FIRST_START } from '../storage/admin-events.ts'
import type { KeyStore } from '../storage/store.ts'
import { newApiKey } from './api-keys.ts'

/** Returns the new admin key's secret, or undefined when keys already exist. */
export async function createFirstAdminKey (keys: KeyStore): Promise<string | undefined> {
  const { secret, stored } = newApiKey('first admin', ['admin'])
  return await keys.createIfNone(stored, FIRST_START) ? secret : undefined
}
