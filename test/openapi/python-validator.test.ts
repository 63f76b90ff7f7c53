// Both OpenAPI documents pass openapi-spec-validator, the Python validator, which reads every pattern with Python's re.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { test } from 'node:test'
import type { TestContext } from 'node:test'
import { promisify } from 'node:util'
import { isCi, isPythonOpenApiValidatorInstalled, PYTHON_OPENAPI_VALIDATOR } from '../optional-parts.ts'
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

test('openapi-spec-validator, from the Python world, finds both documents valid', async (t: TestContext) => {
  if (!await isPythonOpenApiValidatorInstalled()) {
    if (isCi) assert.fail(`openapi-spec-validator is not installed for python3; install it with: ${PYTHON_OPENAPI_VALIDATOR.install}`)
    t.skip('openapi-spec-validator not installed')
    return
  }
  const paths = VERSIONS.map(version => new URL(`../../openapi/${version}.json`, import.meta.url).pathname)
  const { stdout } = await run('python3', ['-c', VALIDATE, ...paths], { timeout: 60_000, encoding: 'utf8' })
  const verdicts = Object.fromEntries(stdout.trim().split('\n').map((line, index) => [VERSIONS[index], line]))
  assert.deepEqual(verdicts, Object.fromEntries(VERSIONS.map(version => [version, 'valid'])))
})
