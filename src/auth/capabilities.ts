// The capabilities a key can carry, and what each one allows.
export const CAPABILITIES = ['people:read', 'people:write', 'people:delete', 'metrics', 'admin'] as const

export type Capability = typeof CAPABILITIES[number]

/**
 * `admin` manages keys and may also do everything any other key may. The
 * others grant only themselves: `metrics`, a scraper's key, reads GET
 * /metrics and no person.
 */
export function grants (held: readonly Capability[], needed: Capability): boolean {
  return held.includes(needed) || held.includes('admin')
}
