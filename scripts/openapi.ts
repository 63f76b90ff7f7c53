// Writes the OpenAPI documents (openapi/) and the client's types generated from them (src/client/); --check only compares.
import { readFile, writeFile } from 'node:fs/promises'
import openapiTS, { astToString } from 'openapi-typescript'
import { API_VERSIONS, buildApp } from '../src/app.ts'
import { openSqliteStore } from '../src/storage/sqlite/index.ts'

const isCheck = process.argv.includes('--check')
const store = openSqliteStore(':memory:')
const app = await buildApp({ store })
const stale: string[] = []

async function emit (path: string, text: string): Promise<void> {
  const current = await readFile(path, 'utf8').catch(() => '')
  if (current === text) return
  if (isCheck) stale.push(path)
  else await writeFile(path, text)
}

for (const { name: version, prefix } of API_VERSIONS) {
  const document = (await app.inject({ url: `${prefix}/openapi.json` })).json<Record<string, unknown>>()
  await emit(`openapi/${version}.json`, `${JSON.stringify(document, null, 2)}\n`)
  const types = astToString(await openapiTS(document as never, { exportType: true }))
  await emit(`src/client/${version}-types.ts`, `// Types of the ${version} API, generated from openapi/${version}.json by \`npm run openapi\`; do not edit.\n${types}`)
}
await app.close()
await store.close()

if (stale.length > 0) {
  console.error(`Out of date with the routes: ${stale.join(', ')}. Run npm run openapi and commit the result.`)
  process.exit(1)
}
console.log(isCheck ? 'OpenAPI documents and client types are up to date.' : 'Wrote openapi/ and src/client/*-types.ts.')
