// Version 2: the same store, validation and handlers as v1, shown HTTP-natively, with problem details for errors.
import { problemDetails } from '../../responses/problem-details.ts'
import type { VersionDefinition } from '../version-definition.ts'
import { v2People } from './people-representation.ts'

export const v2: VersionDefinition = {
  name: 'v2',
  prefix: '/v2',
  description: 'Version 2 is HTTP-native: the body is the resource, a list page is {"items", "next"} with a Link header, and every error is RFC 9457 problem details.',
  errorFormat: problemDetails,
  people: v2People,
  capabilities: { wrap: schema => schema, show: capabilities => capabilities }
}
