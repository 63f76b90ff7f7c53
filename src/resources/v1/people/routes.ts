// HTTP routes for people, version 1.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { ApiError, personNotFound } from '../../../errors.ts'
import { allowMethods } from '../../../plugins/allowed-methods.ts'
import { BODY_MEDIA_TYPES, MERGE_PATCH, requireMediaType } from '../../../plugins/body-parsers.ts'
import { errorResponses } from '../../../plugins/errors.ts'
import type { Person, Store } from '../../../storage/store.ts'
import { ok, OkWithoutResult } from '../envelope.ts'
import { decodeCursor, encodeCursor } from './cursor.ts'
import { PeoplePage, PeopleQuery, PersonBody, PersonEnvelope, PersonParams, PersonPatch } from './schemas.ts'
import type { PersonView } from './schemas.ts'

function toView (person: Person): PersonView {
  return { name: person.name, email: person.email, comment: person.comment }
}

// CONTRACT §5: José typed precomposed or with a combining accent is one person,
// so names are normalized before validation, storage and lookup.
async function normalizeName (request: FastifyRequest): Promise<void> {
  const params = request.params as { name?: unknown }
  if (typeof params.name === 'string') params.name = params.name.normalize('NFC')
}

function assertNameMatches (urlName: string, bodyName: string | undefined): void {
  if (bodyName !== undefined && bodyName.normalize('NFC') !== urlName) {
    throw new ApiError(400, 'NAME_MISMATCH', 'The name in the body does not match the name in the URL', {
      errors: [{ path: '/name', message: 'must match the name in the URL or be left out' }]
    })
  }
}

const peopleRoutes: FastifyPluginAsyncTypebox<{ store: Store }> = async (app, { store }) => {
  const personUrl = (name: string): string => `${app.prefix}/people/${encodeURIComponent(name)}`
  app.addHook('preValidation', normalizeName)
  // The docs section that describes these routes, where a browser is sent.
  const docs = `/docs#${app.prefix.slice(1)}-people`

  app.get('/people/:name', {
    config: { capability: 'people:read', tabular: true, docs },
    schema: { params: PersonParams, response: { 200: PersonEnvelope, ...errorResponses(400, 401, 403, 404) } }
  }, async (request) => {
    const person = await store.people.find(request.params.name)
    if (person === undefined) throw personNotFound()
    return ok(toView(person))
  })

  app.put('/people/:name', {
    config: { capability: 'people:write', tabular: true, docs },
    preValidation: requireMediaType(...BODY_MEDIA_TYPES),
    schema: { params: PersonParams, body: PersonBody, response: { 200: PersonEnvelope, 201: PersonEnvelope, ...errorResponses(400, 401, 403, 413, 415) } }
  }, async (request, reply) => {
    const { name } = request.params
    assertNameMatches(name, request.body.name)
    const { person, created } = await store.people.put(name, { email: request.body.email, comment: request.body.comment ?? null })
    if (created) reply.code(201).header('location', personUrl(name))
    return ok(toView(person))
  })

  app.patch('/people/:name', {
    config: { capability: 'people:write', tabular: true, docs },
    preValidation: requireMediaType(MERGE_PATCH),
    schema: { params: PersonParams, body: PersonPatch, response: { 200: PersonEnvelope, ...errorResponses(400, 401, 403, 404, 413, 415) } }
  }, async (request) => {
    const { name: bodyName, ...changes } = request.body
    assertNameMatches(request.params.name, bodyName)
    const person = await store.people.update(request.params.name, changes)
    if (person === undefined) throw personNotFound()
    return ok(toView(person))
  })

  app.delete('/people/:name', {
    config: { capability: 'people:delete', docs },
    schema: { params: PersonParams, response: { 200: OkWithoutResult, ...errorResponses(400, 401, 403, 404) } }
  }, async (request) => {
    if (!await store.people.remove(request.params.name)) throw personNotFound()
    return { status: 'ok' as const }
  })

  app.get('/people', {
    config: { capability: 'people:read', tabular: true, docs },
    schema: { querystring: PeopleQuery, response: { 200: PeoplePage, ...errorResponses(400, 401, 403) } }
  }, async (request, reply) => {
    const { limit, cursor } = request.query
    const after = cursor === undefined ? undefined : decodeCursor(cursor)
    // One extra row tells us whether another page exists without a COUNT.
    const rows = await store.people.list({ after, limit: limit + 1 })
    const page = rows.slice(0, limit)
    const last = page.at(-1)
    const next = rows.length > limit && last !== undefined
      ? `${app.prefix}/people?${new URLSearchParams({ limit: String(limit), cursor: encodeCursor(last.name) })}`
      : null
    // RFC 8288: the link also travels in a header, for formats such as CSV that have no place for it.
    if (next !== null) reply.header('link', `<${next}>; rel="next"`)
    return { status: 'ok' as const, result: page.map(toView), next }
  })

  allowMethods(app, '/people/:name', ['GET', 'PUT', 'PATCH', 'DELETE'])
  allowMethods(app, '/people', ['GET'])
}

export default peopleRoutes
