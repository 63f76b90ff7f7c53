// Version 1: the original blueprint's envelope, for results and errors alike.
import { envelopeErrors, Ok, ok } from '../../responses/envelope.ts'
import type { VersionDefinition } from '../version-definition.ts'
import { v1People } from './people-representation.ts'

export const v1: VersionDefinition = {
  name: 'v1',
  prefix: '/v1',
  description: 'Version 1 keeps the envelope of the original blueprint: {"status": "ok", "result": …} and {"status": "error", "message": …}. ' +
    'A browser that GETs a v1 URL without asking for a data format is sent to /docs. Administration (/admin) answers in the same envelope.',
  errorFormat: envelopeErrors,
  people: v1People,
  capabilities: { wrap: schema => Ok(schema, 'CapabilitiesEnvelope'), show: ok }
}
