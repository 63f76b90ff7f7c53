// Writes the static documentation site: a landing page, the API reference, the OpenAPI documents and the guide as HTML.
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import { API_VERSIONS, buildApp } from '../../src/app.ts'
import { readAssets } from '../../src/docs/assets.ts'
import type { ReferenceDocument, VersionDocument } from '../../src/docs/openapi-shapes.ts'
import { renderReference } from '../../src/docs/render-reference.ts'
import { openSqliteStore } from '../../src/storage/sqlite/index.ts'
import { linkRewriter } from './links.ts'
import { markdownToHtml } from './markdown.ts'
import { renderSitePage } from './site-page.ts'
import type { NavLink } from './site-page.ts'

export interface SiteOptions {
  /** The repository: README.md and docs/ are read from here. */
  root: string
  outDir: string
  /** Where "Try it" sends requests; without it the static reference has no forms. */
  apiBaseUrl?: string | undefined
}

const STYLESHEET = 'reference/assets/reference.css'

/** The documents the running API would serve, from an app on an empty in-memory store: the routes are the source. */
async function openApiDocuments (): Promise<VersionDocument[]> {
  const store = openSqliteStore(':memory:')
  const app = await buildApp({ store })
  try {
    return await Promise.all(API_VERSIONS.map(async ({ name, prefix }) => ({
      version: name,
      prefix,
      document: (await app.inject({ url: `${prefix}/openapi.json` })).json<ReferenceDocument>()
    })))
  } finally {
    await app.close()
    await store.close()
  }
}

async function write (path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, text)
}

/** Every Markdown page of the site and where it is written: the README is the landing page, docs/README.md the guide's. */
async function markdownPages (root: string, outDir: string): Promise<Map<string, string>> {
  const chapters = (await readdir(join(root, 'docs'))).filter(name => name.endsWith('.md') && name !== 'README.md').sort()
  return new Map([
    [join(root, 'README.md'), join(outDir, 'index.html')],
    [join(root, 'docs', 'README.md'), join(outDir, 'guide', 'index.html')],
    ...chapters.map(name => [join(root, 'docs', name), join(outDir, 'guide', name.replace(/\.md$/, '.html'))] as const)
  ])
}

/** The guide's other files (its images), copied beside its pages so a page never loads from elsewhere. */
async function guideFiles (root: string, outDir: string): Promise<Map<string, string>> {
  const entries = await readdir(join(root, 'docs'), { recursive: true, withFileTypes: true })
  const files = entries.filter(entry => entry.isFile() && !entry.name.endsWith('.md')).map(entry => join(entry.parentPath, entry.name))
  return new Map(files.map(file => [file, join(outDir, 'guide', relative(join(root, 'docs'), file))]))
}

function urlFrom (page: string, target: string): string {
  return relative(dirname(page), target).split(sep).join('/')
}

/** Returns the files written, relative to outDir. */
export async function buildSite ({ root, outDir, apiBaseUrl }: SiteOptions): Promise<string[]> {
  // Only what this build writes is removed, never the whole directory someone named.
  for (const part of ['index.html', 'guide', 'reference', 'openapi']) await rm(join(outDir, part), { recursive: true, force: true })
  const written: string[] = []
  const emit = async (path: string, text: string): Promise<void> => {
    await write(join(outDir, path), text)
    written.push(path)
  }

  const documents = await openApiDocuments()
  for (const { version, document } of documents) await emit(`openapi/${version}.json`, `${JSON.stringify(document, null, 2)}\n`)
  for (const asset of readAssets()) await emit(`reference/assets/${asset.name}`, asset.body)
  await emit('reference/index.html', renderReference(documents, {
    assetBase: 'assets/',
    openapiHref: version => `../openapi/${version}.json`,
    apiBaseUrl,
    links: [{ href: '../index.html', text: 'Home' }, { href: '../guide/index.html', text: 'The guide' }]
  }))

  const files = await guideFiles(root, outDir)
  for (const [source, output] of files) {
    await mkdir(dirname(output), { recursive: true })
    await cp(source, output)
    written.push(relative(outDir, output))
  }
  const pages = await markdownPages(root, outDir)
  const targets = new Map([...pages, ...files])
  const converted = await Promise.all([...pages].map(async ([source, output]) =>
    ({ output, ...markdownToHtml(await readFile(source, 'utf8'), linkRewriter(source, output, targets)) })))
  for (const { output, title, html } of converted) {
    // The landing page, the reference and the documents, then the guide's own pages in order.
    const [landing, ...guide] = converted.map(page => ({ href: urlFrom(output, page.output), text: page.title, isCurrent: page.output === output }))
    const nav: NavLink[] = [
      ...(landing === undefined ? [] : [{ ...landing, text: 'Home' }]),
      { href: urlFrom(output, join(outDir, 'reference', 'index.html')), text: 'API reference' },
      ...documents.map(({ version }) => ({ href: urlFrom(output, join(outDir, 'openapi', `${version}.json`)), text: `OpenAPI ${version}` })),
      ...guide
    ]
    await emit(relative(outDir, output), renderSitePage({ title: `${title} · rest-api-blueprint`, body: html, nav, stylesheet: urlFrom(output, join(outDir, STYLESHEET)) }))
  }
  return written
}
