// Many instances on one PostgreSQL store, when TEST_POSTGRES_URL names a server: changes reach every instance within a second, and outages end in 503s and recovery.
import { after, test } from 'node:test'
import { postgresUrl } from '../optional-parts.ts'
import { dropSchema, randomSchemaName } from '../storage/postgres-schema.ts'
import { describeFaults } from './faults.ts'
import { describePropagation } from './propagation.ts'

// A local name, which TypeScript narrows below as it does not an imported one.
const serverUrl = postgresUrl

// Unset means "no PostgreSQL here": skip, and say why. Set but unreachable
// is a failure: every test below then fails to start its instances.
if (serverUrl === undefined) {
  test('many instances on PostgreSQL', t => {
    t.skip('TEST_POSTGRES_URL is not set; these tests need a PostgreSQL server')
  })
} else {
  // One schema for this run, which other runs never see, dropped at the end.
  const cluster = { serverUrl, schema: randomSchemaName('scaling') }
  after(async () => await dropSchema(serverUrl, cluster.schema))
  describePropagation(cluster)
  describeFaults(cluster)
}
