// Builds the static docs into a temporary directory and follows every link in it: each must reach a file or an id, and nothing may load from elsewhere.
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { after, before, test } from 'node:test'
import { buildSite } from '../../scripts/docs/build-site.ts'

const root = resolve(import.meta.dirname, '../..')
let outDir = ''
let files: string[] = []

before(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'docs-site-'))
  files = await buildSite({ root, outDir })
})
after(async () => rm(outDir, { recursive: true, force: true }))

interface Reference {
  tag: string
  attribute: string
  url: string
}

function referencesIn (page: string): Reference[] {
  const matches = page.matchAll(/<([a-z]+)\b[^>]*?\s(href|src)="([^"]*)"/g)
  return [...matches].map(([, tag = '', attribute = '', url = '']) => ({ tag, attribute, url: url.replaceAll('&amp;', '&') }))
}

const idsCache = new Map<string, Set<string>>()
function idsIn (file: string): Set<string> {
  let ids = idsCache.get(file)
  if (ids === undefined) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map(([, id = '']) => id))
    idsCache.set(file, ids)
  }
  return ids
}

const htmlFiles = (): string[] => files.filter(file => file.endsWith('.html'))

test('writes the landing page, the reference with its assets, both OpenAPI documents and every guide chapter', () => {
  for (const file of ['index.html', 'reference/index.html', 'reference/assets/reference.css', 'reference/assets/try-it.js', 'openapi/v1.json', 'openapi/v2.json', 'guide/index.html', 'guide/01-architecture.html']) {
    assert.ok(files.includes(file), `${file} is written`)
  }
})

test('every internal link reaches a file, and every fragment an id on its page', () => {
  const broken: string[] = []
  for (const file of htmlFiles()) {
    const path = join(outDir, file)
    for (const { url } of referencesIn(readFileSync(path, 'utf8'))) {
      if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) continue
      const [location = '', fragment] = url.split('#', 2)
      const target = location === '' ? path : resolve(dirname(path), decodeURI(location.split('?')[0] ?? ''))
      if (!existsSync(target)) broken.push(`${file}: ${url} (no such file)`)
      else if (fragment !== undefined && target.endsWith('.html') && !idsIn(target).has(decodeURIComponent(fragment))) broken.push(`${file}: ${url} (no such id)`)
    }
  }
  assert.deepEqual(broken, [])
})

test('nothing is loaded from another site: links out in text are fine, resources are not', () => {
  const remote: string[] = []
  for (const file of htmlFiles()) {
    for (const { tag, attribute, url } of referencesIn(readFileSync(join(outDir, file), 'utf8'))) {
      if (/^(https?:)?\/\//i.test(url) && tag !== 'a') remote.push(`${file}: <${tag} ${attribute}="${url}">`)
    }
  }
  for (const file of files.filter(name => name.endsWith('.css') || name.endsWith('.js'))) {
    const text = readFileSync(join(outDir, file), 'utf8')
    if (/url\(\s*['"]?(https?:)?\/\/|@import|https?:\/\//i.test(text)) remote.push(`${file} names a remote URL`)
  }
  assert.deepEqual(remote, [])
})

test('the reference keeps the anchors others link to, and is static unless given an API base URL', () => {
  const page = readFileSync(join(outDir, 'reference/index.html'), 'utf8')
  for (const id of ['v1-people', 'v2-people', 'v1GetPerson', 'problem-person-not-found']) assert.ok(idsIn(join(outDir, 'reference/index.html')).has(id), id)
  assert.doesNotMatch(page, /<script/)
  assert.doesNotMatch(page, /class="try-it"/)
})

test('links between Markdown pages go to their HTML pages, with their fragments', () => {
  const page = readFileSync(join(outDir, 'guide/index.html'), 'utf8')
  assert.match(page, /href="01-architecture\.html"/)
  assert.match(page, /href="\.\.\/index\.html#quick-tour"/)
  assert.doesNotMatch(page, /href="[^"]*\.md(#[^"]*)?"/)
})
