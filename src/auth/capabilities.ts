// The capabilities a key can carry, and what each one allows.
export const CAPABILITIES = ['people:read', 'people:write', 'people:delete', 'admin'] as const

export type Capability = typeof CAPABILITIES[number]

/** `admin` manages keys and may also do everything a people key may. */
export function grants (held: readonly Capability[], needed: Capability): boolean {
  return held.includes(needed) || held.includes('admin')
}
