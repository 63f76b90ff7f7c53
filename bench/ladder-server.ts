// One rung of the cost ladder: baseline B's routes with the app's own pieces from src/ added, up to and including the rung LADDER_RUNG names.
import Fastify, { LogController } from 'fastify'
import type { FastifyContextConfig, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify'
import pino from 'pino'
import { inSuccession } from '../src/api-version.ts'
import { API_VERSIONS } from '../src/app.ts'
import { DependencyStates } from '../src/dependencies/states.ts'
import { KeyRing } from '../src/auth/key-ring.ts'
import { KeyUse } from '../src/auth/key-use.ts'
import { etagOf, isNotModified, writeConditionOf } from '../src/conditional-requests.ts'
import { LogDestination } from '../src/log-destination.ts'
import { draftOfBody } from '../src/person/drafts.ts'
import { PERSON_FIELDS } from '../src/person/fields.ts'
import type { Person } from '../src/person/fields.ts'
import { nameAndFields } from '../src/person/views.ts'
import auth from '../src/plugins/auth.ts'
import bodyParsers, { BODY_MEDIA_TYPES, requireBody } from '../src/plugins/body-parsers.ts'
import deprecation from '../src/plugins/deprecation.ts'
import gracefulClose from '../src/plugins/graceful-close.ts'
import negotiation from '../src/plugins/negotiation.ts'
import rateLimits from '../src/plugins/rate-limit.ts'
import requestId, { generateRequestId } from '../src/plugins/request-id.ts'
import requestLog from '../src/plugins/request-log.ts'
import securityHeaders from '../src/plugins/security-headers.ts'
import switches from '../src/plugins/switches.ts'
import { PersonBody as PersonBodySchema, PersonParams } from '../src/resources/people/schemas.ts'
import { schemaController } from '../src/serialization.ts'
import { startCheckpointer } from '../src/storage/sqlite/checkpointer.ts'
import { sqliteEvents } from '../src/storage/sqlite/events.ts'
import { sqliteKeys } from '../src/storage/sqlite/keys.ts'
import { sqlitePeople } from '../src/storage/sqlite/people.ts'
import { sqliteSwitches } from '../src/storage/sqlite/switches.ts'
import type { PeopleStore } from '../src/storage/store.ts'
import { SwitchBoard } from '../src/switches/switch-board.ts'
import { switchCatalogue } from '../src/switches/switch-names.ts'
import { validatorCompiler } from '../src/validation.ts'
import { baselineStatements, found, HEALTHY, NOT_FOUND, openBaselineDatabase } from './baseline-store.ts'
import type { PersonBody } from './baseline-store.ts'
import { RUNGS } from './ladder-rungs.ts'
import type { RungId } from './ladder-rungs.ts'
import { exitOnSigterm, LISTEN } from './server-process.ts'

const rung = Number(process.env.LADDER_RUNG)
if (!Number.isInteger(rung) || RUNGS[rung] === undefined) throw new Error(`LADDER_RUNG must be a rung from 0 to ${RUNGS.length - 1}, not "${String(process.env.LADDER_RUNG)}"`)
const has = (piece: RungId): boolean => RUNGS.findIndex(({ id }) => id === piece) <= rung

const path = process.env.DATABASE_PATH
const db = openBaselineDatabase(path)
const versions = inSuccession(API_VERSIONS)
const [v1] = versions
if (v1 === undefined) throw new Error('the app serves no version')
// The board exists from the start because the body parsers ask it whether a format is on; it follows the store only from the switches rung.
const events = sqliteEvents(db)
const board = new SwitchBoard(sqliteSwitches(db, events), switchCatalogue(versions))
await board.refresh()

const logged: Pick<FastifyServerOptions, 'loggerInstance' | 'logController' | 'logger'> = has('log')
  ? { loggerInstance: pino({ level: 'info' }, new LogDestination()), logController: new LogController({ disableRequestLogging: true }) }
  : { logger: false }
const app = Fastify({
  ...logged,
  ...(has('envelope') ? { schemaController } : {}),
  ...(has('request-id') ? { genReqId: generateRequestId, requestIdHeader: false as const } : {})
})
const logError = (error: unknown): void => { app.log.error({ err: error }, 'refresh from the store failed') }

// Plugins first: Fastify applies hooks only to routes registered after them.
if (has('name')) app.setValidatorCompiler(validatorCompiler)
if (has('parsing')) await app.register(bodyParsers, { board })
if (has('request-id')) await app.register(requestId)
if (has('security-headers')) await app.register(securityHeaders, { corsOrigins: [] })
if (has('log')) await app.register(requestLog)
if (has('closing')) await app.register(gracefulClose)
if (has('auth')) {
  const keys = sqliteKeys(db, events)
  const keyRing = new KeyRing(keys, process.env.BLUEPRINT_ADMIN_KEY)
  await keyRing.refresh()
  keyRing.startRefreshing(500, logError)
  const keyUse = new KeyUse(keys, logError)
  keyUse.startWriting(60_000)
  await app.register(auth, { keyRing, keyUse, failuresPerMinute: 100_000_000 })
}
if (has('rate-limit')) await app.register(rateLimits, { perMinute: 100_000_000, redisUrl: undefined, states: new DependencyStates(app.log) })
if (has('switches')) {
  board.startRefreshing(250, logError)
  await app.register(deprecation, { board, versions, sunsets: {} })
  await app.register(switches, { board })
}
if (has('negotiation')) await app.register(negotiation, { board })
const checkpointer = has('checkpointer') && path !== undefined ? startCheckpointer(db, path) : undefined

// What resources/version-routes.ts and people/routes.ts give these routes; a config only costs what the hooks above read of it.
const docs = `/docs#${v1.name}-people`
const readConfig: FastifyContextConfig = { capability: 'people:read', switches: [v1.name, 'people.read'], tabular: true, docs, redirectBrowsers: v1.people.redirectBrowsers, version: v1 }
const writeConfig: FastifyContextConfig = { capability: 'people:write', switches: [v1.name, 'people.write'], tabular: true, docs, version: v1 }

// Approximates people/routes.ts's normalizeName, which that module keeps to itself: the same one line, in the same kind of hook.
function normalizeName (request: FastifyRequest, _reply: FastifyReply, done: () => void): void {
  const params = request.params as { name: string }
  params.name = params.name.normalize('NFC')
  done()
}

type Read = FastifyRequest<{ Params: { name: string } }>
type Write = FastifyRequest<{ Params: { name: string }, Body: PersonBody }>
interface Handlers {
  get: (request: Read, reply: FastifyReply) => Promise<unknown>
  put: (request: Write, reply: FastifyReply) => Promise<unknown>
}

/** Below the store rung: B's own statements, with B's draft until the body rung makes the app's. */
function baselineHandlers (): Handlers {
  const statements = baselineStatements(db)
  const draftOf = has('body') ? draftOfBody(PERSON_FIELDS) : (body: PersonBody) => body
  return {
    async get (request, reply) {
      const row = statements.find(request.params.name)
      return row === undefined ? await reply.code(404).send(NOT_FOUND) : found(row)
    },
    async put (request) {
      return found(statements.put(request.params.name, draftOf(request.body)))
    }
  }
}

/** From the store rung on: the app's store, then its ETags; `show` is B's answer or, from the envelope rung, v1's. */
function storeHandlers (people: PeopleStore, show: (person: Person) => unknown): Handlers {
  const draftOf = draftOfBody(PERSON_FIELDS)
  const withEtags = has('etag')
  return {
    async get (request, reply) {
      const person = await people.find(request.params.name)
      if (person === undefined) return await reply.code(404).send(NOT_FOUND)
      if (withEtags) {
        const etag = etagOf(person, request.format?.name)
        reply.header('etag', etag)
        if (isNotModified(request.headers, etag)) return await reply.code(304).send()
      }
      return show(person)
    },
    async put (request, reply) {
      // Approximation: people/routes.ts also compares a name sent in the body with the URL's, which the benchmark's bodies never hold.
      const { person } = await people.put(request.params.name, draftOf(request.body), withEtags ? writeConditionOf(request.headers) : undefined)
      if (withEtags) reply.header('etag', etagOf(person, request.format?.name))
      return show(person)
    }
  }
}

// Below the envelope the answer keeps B's shape: the name and fields, without the times the store now keeps.
const nameAndFieldsOf = nameAndFields(PERSON_FIELDS)
const show = has('envelope') ? v1.people.person : (person: Person) => found(nameAndFieldsOf(person))
const handlers = has('store') ? storeHandlers(sqlitePeople(db), show) : baselineHandlers()
const schemas = (extra: Record<string, unknown>): Record<string, unknown> => ({
  ...(has('name') ? { params: PersonParams } : {}),
  ...(has('envelope') ? { response: { 200: v1.people.schemas.person } } : {}),
  ...extra
})
const named = has('name') ? [normalizeName] : []

app.get('/health', { config: { public: true } }, async () => HEALTHY)
app.get<{ Params: { name: string } }>('/v1/people/:name', { config: readConfig, schema: schemas({}), preValidation: named }, handlers.get)
app.put<{ Params: { name: string }, Body: PersonBody }>('/v1/people/:name', {
  config: writeConfig,
  schema: schemas(has('body') ? { body: PersonBodySchema } : {}),
  preValidation: [...named, ...(has('parsing') ? [requireBody(...BODY_MEDIA_TYPES)] : [])]
}, handlers.put)

await app.listen(LISTEN)
exitOnSigterm(async () => {
  await app.close()
  await checkpointer?.stop()
  db.close()
})
