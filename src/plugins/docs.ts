// Serves /docs, the API reference rendered from the OpenAPI documents, and its own CSS and script; the v1 browser redirect lands here.
import type { FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'
import { readAssets } from '../docs/assets.ts'
import type { ReferenceDocument } from '../docs/openapi-shapes.ts'
import { renderReference } from '../docs/render-reference.ts'
import { documentFor, VERSIONS } from '../openapi/versions.ts'
import type { OpenApiDocument } from '../openapi/versions.ts'

/** Where the page finds its assets: under /docs, so one prefix holds everything the docs serve. */
export const DOCS_ASSET_BASE = '/docs/assets/'

const docs: FastifyPluginAsync = async (app) => {
  // Public and never negotiated: the docs are HTML whatever the Accept header says.
  const config = { public: true, negotiated: false }

  // Rendered on first request, once every route is known, and then kept: routes cannot change after start.
  let page: string | undefined
  const render = (): string => renderReference(
    VERSIONS.map(version => ({ version, document: documentFor(version, app.swagger() as OpenApiDocument) as unknown as ReferenceDocument })),
    { assetBase: DOCS_ASSET_BASE, openapiHref: version => `/${version}/openapi.json`, apiBaseUrl: '' }
  )

  app.get('/docs', { config: { ...config, securityHeaders: 'docs' }, schema: { hide: true } }, async (_request, reply) => {
    page ??= render()
    return reply.type('text/html; charset=utf-8').send(page)
  })

  for (const asset of readAssets()) {
    app.get(`${DOCS_ASSET_BASE}${asset.name}`, { config, schema: { hide: true } }, async (_request, reply) =>
      // Short-lived, so a new release's assets arrive within minutes without renamed files.
      reply.type(asset.contentType).header('cache-control', 'public, max-age=300').send(asset.body))
  }
}

export default fp(docs, { name: 'docs', dependencies: ['openapi'] })
