// Unit tests of the reference renderer: the anchors others rely on, unique ids, escaping, and the static mode.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import type { ReferenceDocument, VersionDocument } from '../../src/docs/openapi-shapes.ts'
import { renderReference } from '../../src/docs/render-reference.ts'

const documents: VersionDocument[] = ['v1', 'v2'].map(version => ({
  version,
  prefix: `/${version}`,
  document: JSON.parse(readFileSync(new URL(`../../openapi/${version}.json`, import.meta.url), 'utf8')) as ReferenceDocument
}))
const onServer = { assetBase: '/docs/assets/', openapiHref: (version: string) => `/${version}/openapi.json`, apiBaseUrl: '' }

const idsOf = (page: string): string[] => [...page.matchAll(/\sid="([^"]+)"/g)].map(([, id = '']) => id)

test('keeps the ids the redirect, the deprecation link and problem types point at', () => {
  const page = renderReference(documents, onServer)
  assert.match(page, /<section id="v1-people">/)
  assert.match(page, /<section id="v2-people">/)
  for (const id of ['v1GetPerson', 'v2PutPerson', 'problem-person-not-found', 'problem-precondition-failed', 'v1-schema-Person']) {
    assert.ok(idsOf(page).includes(id), id)
  }
})

test('gives every element a unique id: an operation both versions share is described once', () => {
  const ids = idsOf(renderReference(documents, onServer))
  assert.deepEqual(ids.filter((id, index) => ids.indexOf(id) !== index), [])
  assert.ok(ids.includes('getHealth'))
})

test('every fragment link on the page has its target', () => {
  const page = renderReference(documents, onServer)
  const ids = new Set(idsOf(page))
  const missing = [...page.matchAll(/href="#([^"]+)"/g)].map(([, id = '']) => id).filter(id => !ids.has(id))
  assert.deepEqual(missing, [])
})

test('escapes what the documents say', () => {
  const [first] = documents
  assert.ok(first !== undefined)
  const hostile: VersionDocument = {
    version: 'v1',
    prefix: '/v1',
    document: { ...first.document, info: { ...first.document.info, description: '<script>alert(1)</script>' } }
  }
  const page = renderReference([hostile], onServer)
  assert.doesNotMatch(page, /<script>alert/)
  assert.match(page, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/)
})

test('loads only its own stylesheet and script, and no inline script or style', () => {
  const page = renderReference(documents, onServer)
  assert.deepEqual([...page.matchAll(/<script[^>]*>/g)].map(([tag]) => tag), ['<script src="/docs/assets/try-it.js" defer>'])
  assert.doesNotMatch(page, /<style|\sstyle="|\son[a-z]+="/)
})

test('without an API base URL it has no "Try it" forms and no script', () => {
  const page = renderReference(documents, { ...onServer, apiBaseUrl: undefined })
  assert.doesNotMatch(page, /<script|<form/)
  assert.match(page, /This copy is static/)
})
