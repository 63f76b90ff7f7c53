// What a version's folder exports: the version itself, and how it shows the resources every version shares.
import type { TSchema } from 'typebox'
import type { ApiVersion } from '../api-version.ts'
import type { PeopleRepresentation } from './people/representation.ts'

/** What GET /capabilities tells a caller, before a version wraps it. */
export interface CapabilitiesView {
  switches: Record<string, boolean>
  capabilities: string[]
  keyExpiresAt: string | null
}

export interface VersionDefinition extends ApiVersion {
  people: PeopleRepresentation
  /** How the version wraps GET /capabilities, and its schema: v1 in its envelope, v2 as it is. */
  capabilities: { wrap (schema: TSchema): TSchema, show (capabilities: CapabilitiesView): unknown }
}
