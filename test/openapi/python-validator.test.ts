// Both OpenAPI documents pass openapi-spec-validator, the Python validator, which reads every pattern with Python's re.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { test } from 'node:test'
import type { TestContext } from 'node:test'
import { promisify } from 'node:util'
import { VERSIONS } from './documents.ts'

const run = promisify(execFile)

// One process for every document, since importing the validator takes seconds: one line each, "valid" or its first error.
const VALIDATE = `
import json, sys
from openapi_spec_validator import validate
for path in sys.argv[1:]:
    try:
        validate(json.load(open(path, encoding="utf-8")))
        print("valid")
    except Exception as error:
        print((str(error).splitlines() or [type(error).__name__])[0])
`

async function isInstalled (): Promise<boolean> {
  try {
    await run('python3', ['-c', 'import openapi_spec_validator'], { timeout: 20_000 })
    return true
  } catch {
    return false
  }
}

test('openapi-spec-validator, from the Python world, finds both documents valid', async (t: TestContext) => {
  if (!await isInstalled()) {
    const hint = 'openapi-spec-validator is not installed for python3 (pip install openapi-spec-validator)'
    if (process.env.CI !== undefined && process.env.CI !== '') assert.fail(hint)
    t.skip(hint)
    return
  }
  const paths = VERSIONS.map(version => new URL(`../../openapi/${version}.json`, import.meta.url).pathname)
  const { stdout } = await run('python3', ['-c', VALIDATE, ...paths], { timeout: 60_000, encoding: 'utf8' })
  const verdicts = Object.fromEntries(stdout.trim().split('\n').map((line, index) => [VERSIONS[index], line]))
  assert.deepEqual(verdicts, Object.fromEntries(VERSIONS.map(version => [version, 'valid'])))
})
