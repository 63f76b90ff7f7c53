// Making, hashing and checking API keys.
import { hash, randomBytes } from 'node:crypto'
import type { StoredApiKey } from '../storage/store.ts'
import type { Capability } from './capabilities.ts'

// A recognisable prefix lets secret scanners and people spot a leaked key.
const KEY_PREFIX = 'rab_'

/** 256 random bits, URL-safe: the secret that is shown once and never stored. */
export function generateKey (): string {
  return KEY_PREFIX + randomBytes(32).toString('base64url')
}

export function generateKeyId (): string {
  return 'key_' + randomBytes(9).toString('base64url')
}

/**
 * A fast hash is right here: the key carries 256 bits of entropy, so there is
 * nothing to brute-force, unlike a password that needs a slow hash.
 */
export function hashKey (key: string): string {
  return hash('sha256', key, 'hex')
}

/** A new key: the secret to show once, and the record to store without it. `expiresAt` null: it never expires. */
export function newApiKey (name: string, capabilities: Capability[], expiresAt: string | null = null): { secret: string, stored: StoredApiKey } {
  const secret = generateKey()
  const stored = {
    id: generateKeyId(),
    name,
    hash: hashKey(secret),
    capabilities,
    createdAt: new Date().toISOString(),
    revokedAt: null,
    expiresAt,
    lastUsedAt: null
  }
  return { secret, stored }
}
