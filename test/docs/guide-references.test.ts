// What the guide and the code cite must be in the repository: its documents, the contract's sections, and the names the code really uses.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

async function trackedTextFiles (): Promise<string[]> {
  const { stdout } = await promisify(execFile)('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 })
  return stdout.split('\n').filter(path => /\.(ts|js|md|json|feature|yaml|sh)$/.test(path) && !path.endsWith('package-lock.json'))
}

async function read (path: string): Promise<string> {
  return await readFile(join(ROOT, path), 'utf8').catch(() => '')
}

test('every Markdown document a file names is in the repository', async () => {
  const files = await trackedTextFiles()
  const present = new Set(files.map(path => basename(path)))
  const missing: string[] = []
  for (const path of files) {
    for (const [name] of (await read(path)).matchAll(/[\w-]+\.md\b/g)) {
      if (!present.has(name)) missing.push(`${path}: ${name}`)
    }
  }
  assert.deepEqual(missing, [])
})

test('sections are cited from the contract page or from a public standard, never from a document named only in capitals', async () => {
  const citing: string[] = []
  for (const path of await trackedTextFiles()) {
    // RFC 9110 §12.5.1 and docs/contract.md §5 pass; a bare name in capitals names no file a reader can open.
    for (const [citation] of (await read(path)).matchAll(/\b[A-Z]{4,} §\d+/g)) citing.push(`${path}: ${citation}`)
  }
  assert.deepEqual(citing, [])
})

test('every section of the contract that code or docs cite is on the contract page', async () => {
  const contract = await read('docs/contract.md')
  const missing: string[] = []
  for (const path of await trackedTextFiles()) {
    for (const [citation, section = ''] of (await read(path)).matchAll(/docs\/contract\.md §(\d+)/g)) {
      if (!new RegExp(`^## ${section}\\. `, 'm').test(contract)) missing.push(`${path}: ${citation}`)
    }
  }
  assert.deepEqual(missing, [])
})

test('chapter 4 names the schema keyword that the validator registers for client sentences', async () => {
  const keyword = /addKeyword\(\{ keyword: '([^']+)'/.exec(await read('src/validation.ts'))?.[1]
  assert.ok(keyword !== undefined, 'src/validation.ts registers no keyword')
  const chapter = await read('docs/04-errors-and-validation.md')
  assert.ok(chapter.includes(`## \`${keyword}\` in schemas`), `no section on ${keyword}`)
  assert.doesNotMatch(chapter, /errorMessage/)
})

test('chapter 2 lists every script npm test runs, in order', async () => {
  const { scripts } = JSON.parse(await read('package.json')) as { scripts: Record<string, string> }
  const steps = ['pretest', ...[...(scripts.test ?? '').matchAll(/npm run ([\w:]+)/g)].map(([, name = '']) => `npm run ${name}`), 'posttest']
  const chapter = await read('docs/02-testing.md')
  const section = chapter.slice(chapter.indexOf('## What `npm test` runs'))
  const listed = [...section.matchAll(/^\| `([^`]+)` \| `/gm)].map(([, step = '']) => step)
  assert.deepEqual(listed, steps)
})
