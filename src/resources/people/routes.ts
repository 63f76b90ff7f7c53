// HTTP routes for people, shared by every version: each version says how it shows people and errors.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { etagOf, isNotModified, pageEtagOf, writeConditionOf } from '../../conditional-requests.ts'
import { ApiError, personNotFound, preconditionRequired } from '../../errors.ts'
import { REVALIDATE_PRIVATELY } from '../../http/cache-control.ts'
import { callbackHook } from '../../http/callback-hook.ts'
import { listPage } from '../../http/list-page.ts'
import { draftOfBody } from '../../person/drafts.ts'
import { PERSON_FIELDS } from '../../person/fields.ts'
import { BODY_MEDIA_TYPES, PATCH_MEDIA_TYPES, requireBody } from '../../plugins/body-parsers.ts'
import type { Person, Store, WriteCondition } from '../../storage/store.ts'
import type { VersionDefinition } from '../version-definition.ts'
import { createCursorCodec } from './cursor.ts'
import type { CursorCodec } from './cursor.ts'
import { DEFAULT_PAGE_SIZE, NoContent, NotModified, PeopleQuery, PersonBody, PersonParams, PersonPatch } from './schemas.ts'

// José typed precomposed or with a combining accent is one person, so names
// are normalized before validation, storage and lookup (docs/contract.md §5).
const normalizeName = callbackHook(function normalizeName (request: FastifyRequest) {
  const params = request.params as { name?: unknown }
  if (typeof params.name === 'string') params.name = params.name.normalize('NFC')
})

const draftOf = draftOfBody(PERSON_FIELDS)

function assertNameMatches (urlName: string, bodyName: string | undefined): void {
  if (bodyName !== undefined && bodyName.normalize('NFC') !== urlName) {
    throw new ApiError('NAME_MISMATCH', 'The name in the body does not match the name in the URL', {
      errors: [{ path: '/name', message: 'must match the name in the URL or be left out' }]
    })
  }
}

/** Sets the ETag of the representation this reply is written in, and gives it back. */
function withEtag (reply: FastifyReply, person: Person): string {
  const etag = etagOf(person, reply.request.format?.name)
  reply.header('etag', etag)
  return etag
}

interface PeopleRoutesOptions {
  store: Store
  version: VersionDefinition
  /** Refuse writes without If-Match or If-None-Match (REQUIRE_PRECONDITIONS). */
  requirePreconditions: boolean
}

const peopleRoutes: FastifyPluginAsyncTypebox<PeopleRoutesOptions> = async (app, { store, version, requirePreconditions }) => {
  const { people: show, errorFormat: { responses: errors } } = version
  const personUrl = (name: string): string => `${version.prefix}/people/${encodeURIComponent(name)}`
  // Made on first use, not while the routes are registered: the server
  // listens before the store is open (start-server.ts).
  let cursors: CursorCodec | undefined
  const cursorCodec = async (): Promise<CursorCodec> => (cursors ??= createCursorCodec(await store.secret('cursor'), version.name))
  // The docs section that describes these routes, where a browser is sent.
  const docs = `/docs#${version.name}-people`
  const { redirectBrowsers } = show
  // operationId, tags and summary feed the OpenAPI description, generated from these very schemas.
  const about = (operationId: string, summary: string) => ({ operationId: `${version.name}${operationId}`, tags: ['people'], summary })
  app.addHook('preValidation', normalizeName)
  // The condition a write states, if any; an operator may require one, so that no client overwrites what it never read.
  const conditionOf = (request: FastifyRequest): WriteCondition | undefined => {
    const condition = writeConditionOf(request.headers)
    if (condition === undefined && requirePreconditions) throw preconditionRequired()
    return condition
  }

  app.get('/people/:name', {
    config: { capability: 'people:read', switches: ['people.read'], tabular: true, docs, redirectBrowsers },
    schema: {
      ...about('GetPerson', 'Read one person'),
      params: PersonParams,
      response: { 200: show.schemas.person, 304: NotModified, ...errors(400, 401, 403, 404, 406) }
    }
  }, async function getPerson (request, reply) {
    const person = await store.people.find(request.params.name)
    if (person === undefined) throw personNotFound()
    const etag = withEtag(reply, person)
    reply.header('cache-control', REVALIDATE_PRIVATELY)
    if (isNotModified(request.headers, etag)) return reply.code(304).send()
    return show.person(person)
  })

  app.put('/people/:name', {
    config: { capability: 'people:write', switches: ['people.write'], tabular: true, docs },
    preValidation: requireBody(...BODY_MEDIA_TYPES),
    schema: {
      ...about('PutPerson', 'Create or replace a person'),
      params: PersonParams,
      body: PersonBody,
      response: { 200: show.schemas.person, 201: show.schemas.person, ...errors(400, 401, 403, 406, 412, 413, 415, 428) }
    }
  }, async function putPerson (request, reply) {
    const { name } = request.params
    assertNameMatches(name, request.body.name)
    const { person, created } = await store.people.put(name, draftOf(request.body), conditionOf(request))
    if (created) reply.code(201).header('location', personUrl(name))
    withEtag(reply, person)
    return show.person(person)
  })

  app.patch('/people/:name', {
    config: { capability: 'people:write', switches: ['people.write'], tabular: true, docs },
    preValidation: requireBody(...PATCH_MEDIA_TYPES),
    schema: {
      ...about('PatchPerson', 'Change some of a person\'s fields (JSON merge patch)'),
      params: PersonParams,
      body: PersonPatch,
      response: { 200: show.schemas.person, ...errors(400, 401, 403, 404, 406, 412, 413, 415, 428) }
    }
  }, async function patchPerson (request, reply) {
    const { name: bodyName, ...changes } = request.body
    assertNameMatches(request.params.name, bodyName)
    const person = await store.people.update(request.params.name, changes, conditionOf(request))
    if (person === undefined) throw personNotFound()
    withEtag(reply, person)
    return show.person(person)
  })

  app.delete('/people/:name', {
    config: { capability: 'people:delete', switches: ['people.delete'], docs },
    schema: {
      ...about('DeletePerson', 'Remove a person'),
      params: PersonParams,
      response: { [show.deleted.status]: show.schemas.deleted ?? NoContent, ...errors(400, 401, 403, 404, 406, 412, 428) }
    }
  }, async function deletePerson (request, reply) {
    if (!await store.people.remove(request.params.name, conditionOf(request))) throw personNotFound()
    return reply.code(show.deleted.status).send(show.deleted.body)
  })

  app.get('/people', {
    config: { capability: 'people:read', switches: ['people.read'], tabular: true, docs, redirectBrowsers },
    schema: {
      ...about('ListPeople', 'List people by name, a page at a time'),
      querystring: PeopleQuery,
      response: { 200: show.schemas.page, 304: NotModified, ...errors(400, 401, 403, 406) }
    }
  }, async function listPeople (request, reply) {
    const { limit = DEFAULT_PAGE_SIZE, cursor } = request.query
    // Awaited only until it is made: a page after that waits on nothing.
    const codec = cursors ?? await cursorCodec()
    const after = cursor === undefined ? undefined : codec.decode(cursor)
    const rows = await store.people.list({ after, limit: limit + 1 })
    const { items: page, next } = listPage(reply, rows, limit, last => `${version.prefix}/people?${new URLSearchParams({ limit: String(limit), cursor: codec.encode(last.name) })}`)
    // A client polling a page it has gets a 304 until someone on it changes.
    const etag = pageEtagOf(page, version.name, next, request.format?.name)
    reply.header('etag', etag)
    reply.header('cache-control', REVALIDATE_PRIVATELY)
    if (isNotModified(request.headers, etag)) return reply.code(304).send()
    return show.page(page, next)
  })
}

export default peopleRoutes
