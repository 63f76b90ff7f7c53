// Walks every route Fastify registers and proves each one refuses a caller without a valid key: none, malformed, wrong, or revoked.
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import { describe, test } from 'node:test'
import type { FastifyInstance, HTTPMethods, RouteOptions } from 'fastify'
import { buildApp } from '../../src/app.ts'
import type { AppOptions } from '../../src/app.ts'
import { CAPABILITIES } from '../../src/auth/capabilities.ts'
import type { Capability } from '../../src/auth/capabilities.ts'
import { AUTH_CHALLENGE } from '../../src/errors.ts'
import { openSqliteStore } from '../../src/storage/sqlite/index.ts'
import { assertErrorFormat } from './contract-format.ts'
import { issueKey } from '../keys.ts'
import type { IssuedKey } from '../keys.ts'

const ADMIN_KEY = 'route-auth-admin-key-0123456789abcdefghij'

/**
 * The routes anyone may call, reviewed one by one. Everything else must refuse
 * a caller without a valid key. OPTIONS is public everywhere: a CORS preflight
 * carries no credentials (Fetch standard, §3.2.2), and it only lists methods.
 */
const PUBLIC = new Set([
  'GET /health', 'GET /ready',
  // The roots only send browsers to the docs; everyone else gets a 404.
  'GET /', 'GET /v1', 'GET /v2',
  'GET /v1/openapi.json', 'GET /v1/openapi.yaml', 'GET /v2/openapi.json', 'GET /v2/openapi.yaml'
].flatMap(route => [route, route.replace(/^GET/, 'HEAD')]))

interface Route {
  method: string
  url: string
  isPublic: boolean
  /** What the caller's key must hold, beyond being valid. */
  capability: Capability | undefined
}

const CHANNEL = 'fastify.initialization'

/**
 * Builds the app and records its route table as Fastify builds it.
 *
 * Why this source of routes: Fastify announces every new instance on the
 * `fastify.initialization` diagnostics channel before any plugin runs, so an
 * onRoute hook added there sees every route buildApp() adds, under any
 * prefix, hidden from the OpenAPI description or not, HEAD and 405 routes
 * included. The OpenAPI documents list only what is documented, and
 * printRoutes() is text meant for people. So a route added tomorrow without
 * authentication fails this test, whatever its path, unless someone adds it
 * to PUBLIC above, which a reviewer sees.
 *
 * `addRoutes` may register routes of its own, as a careless plugin would:
 * that is how the test checks itself.
 */
async function buildAppWithRouteTable (options: Partial<AppOptions> = {}, addRoutes?: (app: FastifyInstance) => void): Promise<{ app: FastifyInstance, routes: Route[] }> {
  const routes: Route[] = []
  const onInitialization = (message: unknown): void => {
    const { fastify } = message as { fastify: FastifyInstance }
    fastify.addHook('onRoute', (route: RouteOptions) => {
      for (const method of [route.method].flat()) routes.push({ method, url: route.url, isPublic: route.config?.public === true, capability: route.config?.capability })
    })
    addRoutes?.(fastify)
  }
  subscribe(CHANNEL, onInitialization)
  try {
    // Every route is tried with many broken keys: far more failures than an address may have in a minute.
    const app = await buildApp({ store: openSqliteStore(':memory:'), adminKey: ADMIN_KEY, rateLimit: 100_000_000, authFailureLimit: 100_000_000, ...options })
    await app.ready()
    return { app, routes }
  } finally {
    unsubscribe(CHANNEL, onInitialization)
  }
}

/** A concrete URL for a route: each parameter filled with a value that names nothing. */
function urlOf (route: Route): string {
  return route.url.replace(/:\w+/g, 'fred').replace(/\*$/, 'x')
}

/** docs/contract.md §8: the documentation is for everyone, the page and whatever assets it loads. */
function isDocumentation (url: string): boolean {
  return url === '/docs' || url.startsWith('/docs/')
}

/** Paths whose reviewed routes are public: the other methods there can only answer 405, to anyone. */
const PUBLIC_PATHS = new Set([...PUBLIC].map(route => route.split(' ')[1]))

function refusesMethodOnPublicPath (route: Route): boolean {
  return PUBLIC_PATHS.has(route.url) && route.method !== 'OPTIONS' && !PUBLIC.has(`${route.method} ${route.url}`)
}

function isProtected (route: Route): boolean {
  return route.method !== 'OPTIONS' && !PUBLIC.has(`${route.method} ${route.url}`) && !isDocumentation(route.url) && !refusesMethodOnPublicPath(route)
}

const MALFORMED = ['Basic YWRtaW46c2VjcmV0', 'Bearer', 'Bearer ', `Token ${ADMIN_KEY}`, `Bearer ${ADMIN_KEY} ${ADMIN_KEY}`, `Bearer "${ADMIN_KEY}"`, 'Bearer ä']

async function makeKey (app: FastifyInstance, capabilities: readonly Capability[] = ['admin']): Promise<IssuedKey> {
  return await issueKey(app, ADMIN_KEY, 'route-auth', capabilities)
}

/**
 * Every way each protected route was not refused, as sentences; empty when
 * all is well. Requests name a data format in Accept: a v1 GET without one is
 * sent to the docs (303) before authentication runs, as are switched-off
 * parts (503); onRequest hooks run in that order (src/app.ts).
 */
async function findUnrefused (app: FastifyInstance, routes: readonly Route[]): Promise<string[]> {
  const failures: string[] = []
  const expectRefused = async (route: Route, authorization: string | undefined, why: string): Promise<void> => {
    const url = urlOf(route)
    const headers: Record<string, string> = { accept: 'application/json', ...(authorization === undefined ? {} : { authorization }) }
    const response = await app.inject({ method: route.method as HTTPMethods, url, headers })
    if (response.statusCode !== 401 || response.headers['www-authenticate'] !== AUTH_CHALLENGE) {
      failures.push(`${route.method} ${route.url} ${why}: ${response.statusCode} ${response.body.slice(0, 120)}`)
      return
    }
    assertErrorFormat(route.method, url, response, `${route.method} ${route.url} ${why}`)
  }

  for (const route of routes.filter(isProtected)) {
    await expectRefused(route, undefined, 'without a key')
    for (const authorization of MALFORMED) await expectRefused(route, authorization, `with "${authorization.slice(0, 20)}"`)
    await expectRefused(route, `Bearer rab_${randomBytes(32).toString('base64url')}`, 'with an unknown key')
    // A key that works, then is revoked: the very next request must be refused.
    const { id, key } = await makeKey(app)
    const before = await app.inject({ method: route.method as HTTPMethods, url: urlOf(route), headers: { authorization: `Bearer ${key}`, accept: 'application/json' } })
    if (before.statusCode === 401) failures.push(`${route.method} ${route.url} refused a valid key before it was revoked`)
    const revoked = await app.inject({ method: 'DELETE', url: `/admin/keys/${id}`, headers: { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' } })
    assert.equal(revoked.statusCode, 200)
    await expectRefused(route, `Bearer ${key}`, 'with a key revoked the request before')
    // A browser (no Accept) may be sent to the docs, which is no data; otherwise refused.
    const browser = await app.inject({ method: route.method as HTTPMethods, url: urlOf(route) })
    const isDocsRedirect = browser.statusCode === 303 && String(browser.headers.location).startsWith('/docs#')
    if (browser.statusCode !== 401 && !isDocsRedirect) failures.push(`${route.method} ${route.url} without Accept: ${browser.statusCode}`)
  }
  return failures
}

describe('every route refuses a caller without a valid key, or without the capability it needs', () => {
  test('the route table holds every documented operation and more', async (t) => {
    const { app, routes } = await buildAppWithRouteTable()
    t.after(() => app.close())
    const seen = new Set(routes.map(route => `${route.method} ${route.url}`))
    for (const version of ['v1', 'v2']) {
      const document = (await app.inject({ url: `/${version}/openapi.json` })).json() as { paths: Record<string, Record<string, { security?: unknown[] }>> }
      for (const [path, operations] of Object.entries(document.paths)) {
        for (const [method, operation] of Object.entries(operations)) {
          const route = `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`
          assert.ok(seen.has(route), `${route} is documented but was not seen in the route table`)
          // The description says what this test proves: public means no security requirement.
          assert.equal(operation.security?.length === 0, PUBLIC.has(route), `${route}: documented security does not match`)
        }
      }
    }
    t.diagnostic(`routes in the table: ${routes.length}, protected: ${routes.filter(isProtected).length}`)
  })

  test('only reviewed routes and OPTIONS are public', async (t) => {
    const { app, routes } = await buildAppWithRouteTable()
    t.after(() => app.close())
    const unreviewed = routes.filter(route => route.isPublic && isProtected(route)).map(route => `${route.method} ${route.url}`)
    assert.deepEqual(unreviewed, [], 'routes marked public that nobody reviewed')
    const missing = [...PUBLIC, 'GET /docs'].filter(route => !routes.some(({ method, url }) => `${method} ${url}` === route))
    assert.deepEqual(missing, [], 'PUBLIC names routes that no longer exist')
  })

  test('on a public path, every other method answers 405 with Allow, to anyone, and nothing else', async (t) => {
    const { app, routes } = await buildAppWithRouteTable()
    t.after(() => app.close())
    const refusing = routes.filter(refusesMethodOnPublicPath)
    assert.ok(refusing.length > 0)
    for (const route of refusing) {
      const response = await app.inject({ method: route.method as HTTPMethods, url: urlOf(route), headers: { accept: 'application/json' } })
      assert.equal(response.statusCode, 405, `${route.method} ${route.url}: ${response.body}`)
      assert.match(String(response.headers.allow), /^GET, HEAD, OPTIONS$/, `${route.method} ${route.url}`)
    }
  })

  test('no key, a malformed header, an unknown key and a just-revoked key are all refused, on every route', async (t) => {
    const { app, routes } = await buildAppWithRouteTable()
    t.after(() => app.close())
    const failures = await findUnrefused(app, routes)
    assert.deepEqual(failures, [])
    const prefixes = new Set(routes.filter(isProtected).map(route => route.url.split('/')[1]))
    assert.deepEqual([...prefixes].sort(), ['admin', 'metrics', 'v1', 'v2'])
    t.diagnostic(`protected routes walked: ${routes.filter(isProtected).length}`)
  })

  test('a valid key without the capability a route names is refused with a 403 that names it', async (t) => {
    const { app, routes } = await buildAppWithRouteTable()
    t.after(() => app.close())
    const guarded = routes.filter(route => isProtected(route) && route.capability !== undefined)
    for (const route of guarded) {
      // Every other capability; admin would grant them all.
      const { key } = await makeKey(app, CAPABILITIES.filter(capability => capability !== route.capability && capability !== 'admin'))
      const response = await app.inject({ method: route.method as HTTPMethods, url: urlOf(route), headers: { authorization: `Bearer ${key}`, accept: 'application/json' } })
      assert.equal(response.statusCode, 403, `${route.method} ${route.url}: ${response.body}`)
      if (route.method !== 'HEAD') assert.match(response.body, new RegExp(`capability ${route.capability ?? ''}`))
    }
    // Under /admin, a route that names no capability only ever says which methods exist (405).
    const { key } = await makeKey(app, ['people:read', 'people:write', 'people:delete'])
    for (const route of routes.filter(route => route.url.startsWith('/admin') && isProtected(route) && route.capability === undefined)) {
      const response = await app.inject({ method: route.method as HTTPMethods, url: urlOf(route), headers: { authorization: `Bearer ${key}`, accept: 'application/json' } })
      assert.equal(response.statusCode, 405, `${route.method} ${route.url} needs no capability and answered ${response.statusCode}`)
    }
    t.diagnostic(`routes that name a capability: ${guarded.length}`)
  })

  test('with CORS on, the preflight route it adds is the only new public one', async (t) => {
    const { app, routes } = await buildAppWithRouteTable({ corsOrigins: ['https://app.example'] })
    t.after(() => app.close())
    assert.deepEqual(routes.filter(route => route.isPublic && isProtected(route)), [])
    assert.deepEqual(await findUnrefused(app, routes.filter(route => route.url.startsWith('/v2/'))), [])
  })

  test('the walk catches a route that answers without authentication', async (t) => {
    // Authentication is deny-by-default, so the way to open a route is to mark it public by mistake.
    const { app, routes } = await buildAppWithRouteTable({}, (fastify) => {
      fastify.register(async (early) => {
        early.get('/v1/leak', { config: { public: true } }, async () => ({ secret: 'every person' }))
      })
    })
    t.after(() => app.close())
    const failures = await findUnrefused(app, routes.filter(route => route.url === '/v1/leak'))
    assert.ok(failures.some(failure => failure.startsWith('GET /v1/leak without a key: 200')), failures.join('\n'))
  })

  test('the review catches a route marked public', async (t) => {
    const { app, routes } = await buildAppWithRouteTable({}, (fastify) => {
      fastify.register(async (early) => {
        early.get('/admin/export', { config: { public: true } }, async () => ({ secret: 'every key' }))
      })
    })
    t.after(() => app.close())
    const flagged = routes.filter(route => route.isPublic && isProtected(route)).map(route => `${route.method} ${route.url}`)
    assert.deepEqual(flagged.filter(route => !route.includes(' /admin/export') || /^(GET|HEAD) /.test(route)), ['GET /admin/export', 'HEAD /admin/export'])
  })
})
