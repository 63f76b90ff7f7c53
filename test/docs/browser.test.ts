// Reads the docs in headless Chromium as a person would: the v1 redirect, the reference, a "Try it" request, and nothing fetched from elsewhere.
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test } from 'node:test'
import { chromium } from 'playwright-core'
import { buildApp } from '../../src/app.ts'
import { openSqliteStore } from '../../src/storage/sqlite/index.ts'
import { CHROMIUM, isCi } from '../optional-parts.ts'
import { aDraft } from '../people.ts'

const ADMIN_KEY = 'browser-test-admin-key-of-at-least-32-characters'
const SCREENSHOT = resolve(import.meta.dirname, '../../reports/screenshots/docs.png')

// Only the debian package's browser, and no traffic of its own: updates, sync
// and background fetches would be requests the page did not make.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
  '--no-first-run', '--disable-component-update', '--disable-sync']

test('a browser on a v1 URL lands on the docs, and its "Try it" form reads a person', { timeout: 60_000 }, async (t) => {
  if (!existsSync(CHROMIUM)) {
    // CI must run this test; a developer without the browser may skip it.
    if (isCi) assert.fail(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/clients.sh does it)`)
    t.skip('chromium is not installed')
    return
  }

  const store = openSqliteStore(':memory:')
  const app = await buildApp({ store, adminKey: ADMIN_KEY })
  await app.listen({ host: '127.0.0.1', port: 0 })
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  // Launched with a fresh profile; Playwright takes the profile as an argument, not as --user-data-dir.
  const profile = await mkdtemp(join(tmpdir(), 'chromium-profile-'))
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, viewport: { width: 1280, height: 900 } })
  t.after(async () => {
    await context.close()
    await rm(profile, { recursive: true, force: true })
    await app.close()
    await store.close()
  })

  const created = await fetch(`${origin}/v1/people/fred`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(aDraft({ email: 'fred@example.com', comment: 'Likes tea' }))
  })
  assert.equal(created.status, 201)

  const elsewhere: string[] = []
  context.on('request', request => {
    if (new URL(request.url()).origin !== origin) elsewhere.push(request.url())
  })
  const page = context.pages()[0] ?? await context.newPage()
  const refused: string[] = []
  page.on('console', message => {
    // Chromium asks for /favicon.ico on its own, and the API has none: that 404 is not the page's.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) refused.push(`${message.text()} (${message.location().url})`)
  })
  page.on('response', answer => {
    if (answer.status() >= 400) refused.push(`${answer.status()} ${answer.url()}`)
  })

  // No key, and the Accept header Chromium sends for a page.
  const response = await page.goto(`${origin}/v1/people/fred`)
  assert.equal(response?.request().redirectedFrom()?.url(), `${origin}/v1/people/fred`)
  assert.equal((await response?.request().redirectedFrom()?.response())?.status(), 303)
  assert.equal(page.url(), `${origin}/docs#v1-people`)
  assert.ok(await page.locator('section#v1-people').isVisible())

  const operation = page.locator('section#v1GetPerson')
  await operation.scrollIntoViewIfNeeded()
  const form = operation.locator('.try-it form')
  await form.locator('input[name="key"]').fill(ADMIN_KEY)
  await form.locator('input[name="path:name"]').fill('fred')
  await form.locator('select[name="accept"]').selectOption('application/json')
  await form.locator('button[type="submit"]').click()

  const result = operation.locator('.result')
  await result.locator('pre.body').waitFor()
  assert.match(await result.locator('.status').innerText(), /^HTTP 200/)
  assert.match(await result.locator('pre.body').innerText(), /"email": "fred@example.com"/)
  assert.match(await result.locator('pre.headers').innerText(), /etag: "/)

  await result.scrollIntoViewIfNeeded()
  await mkdir(resolve(SCREENSHOT, '..'), { recursive: true })
  await page.screenshot({ path: SCREENSHOT })

  assert.deepEqual(elsewhere, [], 'the page made requests outside its origin')
  // A CSP violation (an inline script or style, a remote font) is reported on the console.
  assert.deepEqual(refused, [], 'the browser reported errors')
})
