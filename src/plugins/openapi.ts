// Describes the API in OpenAPI 3.1, generated from the route schemas, one document per version.
import swagger from '@fastify/swagger'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { stringify } from 'yaml'
import type { ApiVersion } from '../api-version.ts'
import type { OpenApiDocument } from '../openapi/openapi-document.ts'
import { describeOperation } from '../openapi/operations.ts'
import { documentFor } from '../openapi/version-document.ts'

export default fp(async function openapi (app: FastifyInstance, { versions }: { versions: readonly ApiVersion[] }) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'rest-api-blueprint', version: '1.0.0' },
      components: {
        securitySchemes: {
          bearerKey: { type: 'http', scheme: 'bearer', description: 'An API key made by POST /admin/keys (or printed at first start).' }
        }
      }
    },
    // Every route's OpenAPI operation is finished from what the route itself declares.
    transform: describeOperation
  })

  // Built once, on first request: the routes cannot change after start.
  const documents = new Map<string, { json: string, yaml: string }>()
  const render = (version: ApiVersion): { json: string, yaml: string } => {
    let rendered = documents.get(version.name)
    if (rendered === undefined) {
      const document = documentFor(version, app.swagger() as OpenApiDocument)
      rendered = { json: JSON.stringify(document), yaml: stringify(document, { lineWidth: 0 }) }
      documents.set(version.name, rendered)
    }
    return rendered
  }

  for (const version of versions) {
    const config = { public: true, negotiated: false }
    app.get(`${version.prefix}/openapi.json`, { config, schema: { hide: true } }, async function getOpenApiJson (_request, reply) {
      return reply.type('application/json; charset=utf-8').send(render(version).json)
    })
    app.get(`${version.prefix}/openapi.yaml`, { config, schema: { hide: true } }, async function getOpenApiYaml (_request, reply) {
      return reply.type('application/yaml').send(render(version).yaml)
    })
  }
}, { name: 'openapi' })
