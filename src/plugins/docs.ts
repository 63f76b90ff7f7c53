// Serves /docs, the API reference rendered from the OpenAPI documents, and its own CSS and script; the v1 browser redirect lands here.
import type { FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'
import type { ApiVersion } from '../api-version.ts'
import { routeNotFound } from '../errors.ts'
import { readAssets } from '../docs/assets.ts'
import type { ReferenceDocument } from '../docs/openapi-shapes.ts'
import { renderReference } from '../docs/render-reference.ts'
import type { OpenApiDocument } from '../openapi/openapi-document.ts'
import { documentFor } from '../openapi/version-document.ts'

/** Where the page finds its assets: under /docs, so one prefix holds everything the docs serve. */
export const DOCS_ASSET_BASE = '/docs/assets/'

const docs: FastifyPluginAsync<{ versions: readonly ApiVersion[] }> = async (app, { versions }) => {
  // Public and never negotiated: the docs are HTML whatever the Accept header says.
  const config = { public: true, negotiated: false }

  // Rendered on first request, once every route is known, and then kept: routes cannot change after start.
  let page: string | undefined
  const documentHrefs = new Map<string, string>(versions.map(({ name, prefix }) => [name, `${prefix}/openapi.json`]))
  const render = (): string => renderReference(
    versions.map(version => ({
      version: version.name,
      prefix: version.prefix,
      document: documentFor(version, app.swagger() as OpenApiDocument) as unknown as ReferenceDocument
    })),
    { assetBase: DOCS_ASSET_BASE, openapiHref: name => documentHrefs.get(name) ?? '', apiBaseUrl: '' }
  )

  // A browser that opens the server itself lands on the docs; a client gets a 404.
  app.get('/', {
    config: { public: true, docs: '/docs', redirectBrowsers: 'when-html-preferred' },
    schema: { hide: true }
  }, async function openRoot () {
    throw routeNotFound()
  })

  app.get('/docs', { config: { ...config, securityHeaders: 'docs' }, schema: { hide: true } }, async function getDocs (_request, reply) {
    page ??= render()
    return reply.type('text/html; charset=utf-8').send(page)
  })

  for (const asset of readAssets()) {
    app.get(`${DOCS_ASSET_BASE}${asset.name}`, { config, schema: { hide: true } }, async function getDocsAsset (_request, reply) {
      // Short-lived, so a new release's assets arrive within minutes without renamed files.
      return reply.type(asset.contentType).header('cache-control', 'public, max-age=300').send(asset.body)
    })
  }
}

export default fp(docs, { name: 'docs', dependencies: ['openapi'] })
