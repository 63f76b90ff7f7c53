// npm test's closing line names what did not run and why, by the same conditions the skipping tests use.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const REPORT = fileURLToPath(new URL('../scripts/report-skipped.ts', import.meta.url))

async function report (env: Record<string, string>): Promise<string> {
  return await new Promise((resolve, reject) => {
    execFile(process.execPath, [REPORT], { env: { PATH: process.env.PATH ?? '', ...env } }, (error, stdout) => {
      if (error === null) resolve(stdout)
      else reject(error)
    })
  })
}

test('npm test runs the report last', async () => {
  const { scripts } = JSON.parse(await readFile(`${ROOT}/package.json`, 'utf8')) as { scripts: Record<string, string> }
  assert.equal(scripts.posttest, 'node scripts/report-skipped.ts')
})

test('without TEST_POSTGRES_URL the line names the PostgreSQL runs and the variable, and only what was skipped', async () => {
  const line = await report({ REDIS_URL: 'redis://127.0.0.1:6379', CI: 'true' })
  assert.equal(line.split('\n').filter(Boolean).length, 1, line)
  assert.match(line, /^Skipped the PostgreSQL store, scaling and feature runs \(TEST_POSTGRES_URL is not set\)/)
  assert.doesNotMatch(line, /REDIS_URL/)
})

test('an empty variable counts as unset, as the tests count it', async () => {
  assert.match(await report({ TEST_POSTGRES_URL: 'postgres://127.0.0.1/test', REDIS_URL: '', CI: 'true' }), /REDIS_URL is not set/)
})

test('under CI a missing browser or client is a failure of its test, so the line does not call it skipped', async () => {
  const line = await report({ TEST_POSTGRES_URL: 'postgres://127.0.0.1/test', REDIS_URL: 'redis://127.0.0.1:6379', CI: 'true' })
  assert.doesNotMatch(line, /is not set|is not installed/)
})
