// Runs the whole feature suite a second time, on PostgreSQL, when TEST_POSTGRES_URL names a database.
import { spawnSync } from 'node:child_process'
import { postgresUrl } from '../test/optional-parts.ts'

if (postgresUrl === undefined) {
  // Said out loud, so a run without PostgreSQL is never mistaken for one with it.
  console.log('Features on PostgreSQL: not run, because TEST_POSTGRES_URL is not set.')
  process.exit(0)
}
const run = spawnSync('npx', ['cucumber-js'], { stdio: 'inherit', env: { ...process.env, FEATURES_DATABASE_URL: postgresUrl } })
process.exit(run.status ?? 1)
