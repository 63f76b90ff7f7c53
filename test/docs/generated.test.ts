// The markers that hold generated text in a page: what lies between is replaced, what lies around stays, and missing markers are an error.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { replaceSection } from '../../scripts/docs/generated.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const ORIGIN = { source: 'src/config.ts', command: 'npm run docs:settings' }

test('replaces what lies between the markers, and keeps them and the text around', () => {
  const page = 'before\n<!-- generated: settings -->\nold\nrows\n<!-- end generated: settings -->\nafter\n'
  assert.equal(replaceSection(page, 'settings', ORIGIN, 'new\n'),
    'before\n<!-- generated: settings from src/config.ts by npm run docs:settings; edit that, not what follows -->\nnew\n<!-- end generated: settings -->\nafter\n')
})

test('a second run changes nothing', () => {
  const once = replaceSection('<!-- generated: settings -->\n<!-- end generated: settings -->', 'settings', ORIGIN, 'table')
  assert.equal(replaceSection(once, 'settings', ORIGIN, 'table'), once)
})

test('a page without both markers is an error, not a page left as it was', () => {
  assert.throws(() => replaceSection('no markers here', 'settings', ORIGIN, 'table'), /no <!-- generated: settings/)
  assert.throws(() => replaceSection('<!-- generated: settings -->\nno end', 'settings', ORIGIN, 'table'), /no <!-- generated: settings/)
})

test('the settings check fails on a stale table, naming the file and the command that fixes it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'blueprint-generated-'))
  try {
    await mkdir(join(dir, 'docs'))
    await cp(join(ROOT, 'docs', '06-operations.md'), join(dir, 'docs', '06-operations.md'))
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8')
    await writeFile(join(dir, 'README.md'), readme.replace(/^\| `PORT` \| `5000` \|/m, '| `PORT` | `8080` |'))
    // The script reads the pages from where it runs, so a copy shows what it does with a stale one.
    const result = await new Promise<{ code: number, stderr: string }>(resolve => {
      execFile(process.execPath, [join(ROOT, 'scripts', 'docs-settings.ts'), '--check'], { cwd: dir }, (error, _stdout, stderr) => {
        resolve({ code: error === null ? 0 : Number(error.code), stderr })
      })
    })
    assert.equal(result.code, 1)
    assert.equal(result.stderr, 'Out of date with src/config.ts: README.md. Run npm run docs:settings and commit the result.\n')
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
