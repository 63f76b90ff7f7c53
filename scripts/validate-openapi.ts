// Checks every document in openapi/ against the OpenAPI schema with a second validator, independent of Redocly's lint.
import { readdir } from 'node:fs/promises'
import { Validator } from '@seriousme/openapi-schema-validator'

const folder = new URL('../openapi/', import.meta.url)
const files = (await readdir(folder)).filter(file => file.endsWith('.json')).sort()
let failed = files.length === 0

for (const file of files) {
  // One validator per document: it keeps the last document it read.
  const validator = new Validator()
  const result = await validator.validate(new URL(file, folder).pathname)
  if (result.valid) {
    console.log(`openapi/${file}: valid OpenAPI ${validator.version}`)
  } else {
    failed = true
    console.error(`openapi/${file} is not a valid OpenAPI document:\n${JSON.stringify(result.errors, null, 2)}`)
  }
}
if (failed) process.exit(1)
