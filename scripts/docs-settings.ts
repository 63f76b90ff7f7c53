// Writes the settings table into the README and chapter 6 from src/config.ts; --check only compares, as npm test does.
import { readFile } from 'node:fs/promises'
import { SETTINGS } from '../src/config.ts'
import { replaceSection, writeOrCheck } from './docs/generated.ts'
import { renderSettingsTable } from './docs/settings-table.ts'

const ORIGIN = { source: 'src/config.ts', command: 'npm run docs:settings' }
const table = renderSettingsTable(Object.values(SETTINGS))

const files = await Promise.all(['README.md', 'docs/06-operations.md'].map(async path =>
  ({ path, text: replaceSection(await readFile(path, 'utf8'), 'settings', ORIGIN, table) })))
await writeOrCheck(files, ORIGIN)
