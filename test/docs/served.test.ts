// The docs as the server sends them, through inject(): the page, its two assets, and the policy that keeps it to its own origin.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.ts'
import { openSqliteStore } from '../../src/storage/sqlite/index.ts'
import type { Store } from '../../src/storage/store.ts'

let app: FastifyInstance
let store: Store

before(async () => {
  store = openSqliteStore(':memory:')
  app = await buildApp({ store })
})
after(async () => {
  await app.close()
  await store.close()
})

test('/docs is HTML for anyone, whatever Accept says, under a policy that allows only this origin and nothing inline', async () => {
  const response = await app.inject({ url: '/docs', headers: { accept: 'application/json' } })
  assert.equal(response.statusCode, 200)
  assert.equal(response.headers['content-type'], 'text/html; charset=utf-8')
  const policy = String(response.headers['content-security-policy'])
  assert.match(policy, /script-src 'self'/)
  assert.match(policy, /connect-src 'self'/)
  assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|https?:/)
  assert.match(response.body, /<section id="v1-people">/)
})

test('serves its stylesheet and script from the package, and nothing else under /docs/assets', async () => {
  const css = await app.inject({ url: '/docs/assets/reference.css' })
  assert.equal(css.statusCode, 200)
  assert.equal(css.headers['content-type'], 'text/css; charset=utf-8')
  const js = await app.inject({ url: '/docs/assets/try-it.js' })
  assert.equal(js.statusCode, 200)
  assert.equal(js.headers['content-type'], 'text/javascript; charset=utf-8')
  for (const url of ['/docs/assets/../../package.json', '/docs/assets/assets.ts', '/docs/assets/']) {
    assert.equal((await app.inject({ url })).statusCode, 404, url)
  }
})

test('renders once: the same page every time', async () => {
  const first = await app.inject({ url: '/docs' })
  const second = await app.inject({ url: '/docs' })
  assert.equal(first.body, second.body)
})
