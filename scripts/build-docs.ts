// npm run docs: writes the static documentation site to site/ (or --out DIR); --api-base-url URL turns on "Try it" against that server.
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { buildSite } from './docs/build-site.ts'

const { values } = parseArgs({ options: { out: { type: 'string', default: 'site' }, 'api-base-url': { type: 'string' } } })
const root = resolve(import.meta.dirname, '..')
const outDir = resolve(values.out)
const files = await buildSite({ root, outDir, apiBaseUrl: values['api-base-url'] })
console.log(`Wrote ${files.length} files to ${outDir}; open ${resolve(outDir, 'index.html')}`)
