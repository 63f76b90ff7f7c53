// buildApp(options): the whole API as a Fastify instance, plugins first, then resources.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { LogController } from 'fastify'
import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import { inSuccession } from './api-version.ts'
import { KeyRing } from './auth/key-ring.ts'
import { KeyUse } from './auth/key-use.ts'
import { DependencyStates } from './dependencies/states.ts'
import { watchStore } from './dependencies/watched-store.ts'
import { answerOtherMethods, noteServedMethods } from './http/allowed-methods.ts'
import { createClientErrorAnswer, createExpectationAnswer } from './http/client-errors.ts'
import { keepRouteConfig } from './http/route-config.ts'
import { AppMetrics } from './observability/app-metrics.ts'
import type { LogOutputState } from './observability/log-output-metrics.ts'
import { observeStore } from './observability/observed-store.ts'
import auth from './plugins/auth.ts'
import bodyParsers, { ACCEPT_PATCH } from './plugins/body-parsers.ts'
import deprecation from './plugins/deprecation.ts'
import docs from './plugins/docs.ts'
import errorHandler, { createErrorHandler } from './plugins/error-handler.ts'
import gracefulClose from './plugins/graceful-close.ts'
import hostHeader from './plugins/host-header.ts'
import requestMetrics from './plugins/metrics.ts'
import negotiation from './plugins/negotiation.ts'
import openapi from './plugins/openapi.ts'
import rateLimits from './plugins/rate-limit.ts'
import requestId, { generateRequestId } from './plugins/request-id.ts'
import requestLog, { logRequest } from './plugins/request-log.ts'
import securityHeaders, { setApiSecurityHeaders } from './plugins/security-headers.ts'
import storeGate from './plugins/store-gate.ts'
import switches from './plugins/switches.ts'
import eventRoutes from './resources/admin/events.ts'
import keyRoutes from './resources/admin/keys.ts'
import switchRoutes from './resources/admin/switches.ts'
import healthRoutes from './resources/health.ts'
import metricsRoutes from './resources/metrics.ts'
import { v1 } from './resources/v1/index.ts'
import { v2 } from './resources/v2/index.ts'
import type { VersionDefinition } from './resources/version-definition.ts'
import versionRoutes from './resources/version-routes.ts'
import { StoreUnavailableError } from './storage/store.ts'
import type { Store } from './storage/store.ts'
import { SwitchBoard } from './switches/switch-board.ts'
import { switchCatalogue } from './switches/switch-names.ts'
import { keepInStep } from './sync/in-step.ts'
import { schemaController } from './serialization.ts'

/** The versions this app serves, oldest first: each one's successor is the next. */
export const API_VERSIONS: readonly VersionDefinition[] = [v1, v2]

export interface AppOptions {
  store: Store
  /** An admin key that lives only in memory (BLUEPRINT_ADMIN_KEY). */
  adminKey?: string | undefined
  logger?: FastifyBaseLogger | undefined
  bodyLimit?: number
  /** How often each instance checks for keys created or revoked elsewhere. */
  keyRefreshMs?: number
  /** How often each instance writes down which keys it saw used, for the listing's lastUsedAt. */
  keyUseWriteMs?: number
  /** How often each instance checks for switches flipped elsewhere. */
  switchRefreshMs?: number
  /** Requests per minute per key. */
  rateLimit?: number
  /** Failed authentications per minute per client address (an IPv6 /64), before it gets 429. */
  authFailureLimit?: number
  redisUrl?: string | undefined
  v1Sunset?: Date | undefined
  /** Browser origins allowed to call the API; none by default. */
  corsOrigins?: readonly string[]
  /** Refuse writes to people that state no precondition, with 428 (REQUIRE_PRECONDITIONS); off by default. */
  requirePreconditions?: boolean
  /** Proxies whose X-Forwarded-For names the client (TRUSTED_PROXIES); none by default. */
  trustedProxies?: readonly string[]
  /** The longest a client may take to send a whole request (slowloris). */
  requestTimeoutMs?: number
  /** The versions to serve, oldest first; API_VERSIONS unless a test adds one of its own. */
  versions?: readonly VersionDefinition[]
  /** Count and time requests and store calls, and serve them at GET /metrics; on unless false. */
  metrics?: boolean
  /** Where `logger` writes, reported in the metrics: whether it fails, and how many lines it dropped. */
  logOutput?: LogOutputState | undefined
}

export async function buildApp (options: AppOptions): Promise<FastifyInstance> {
  const { bodyLimit = 64 * 1024, keyRefreshMs = 500, keyUseWriteMs = 60_000, switchRefreshMs = 250, rateLimit = 6000, authFailureLimit = 100, requestTimeoutMs = 10_000 } = options
  const versions = inSuccession(options.versions ?? API_VERSIONS)
  const metrics = options.metrics === false ? undefined : new AppMetrics(options.logOutput)
  // The router measures each part of a path once percent-decoded, in UTF-16
  // units. A name holds at most 100 code points once NFC-normalized, and can
  // hold more before (combining marks); a part past 2,000 units is no name at
  // all, and is answered 414 before it is validated.
  const maxParamLength = 2000
  const errorOptions = { bodyLimit, maxParamLength, versions }
  const handleError = createErrorHandler(errorOptions)
  const trustedProxies = options.trustedProxies ?? []
  const app = Fastify({
    ...(options.logger === undefined ? { logger: false } : { loggerInstance: options.logger }),
    bodyLimit,
    // request.ip, which the budgets of failed authentications and of requests
    // without a key count by, is the client a trusted proxy names, read only
    // from the proxies listed: anyone else could write any X-Forwarded-For.
    trustProxy: trustedProxies.length > 0 ? [...trustedProxies] : false,
    // Slow clients (slowloris) are cut off: headers within half the request
    // timeout, the whole request within it, checked every second.
    requestTimeout: requestTimeoutMs,
    // requireHostHeader: plugins/host-header.ts refuses a missing Host itself, in the version's format.
    http: { headersTimeout: Math.ceil(requestTimeoutMs / 2), connectionsCheckingInterval: 1000, maxHeaderSize: 16 * 1024, requireHostHeader: false },
    schemaController,
    genReqId: generateRequestId,
    requestIdHeader: false,
    // request-log writes one line per request instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    // graceful-close answers requests that arrive while closing, in our envelope.
    return503OnClosing: false,
    // A path is served with or without a slash at its end, as clients such as slumber add one.
    routerOptions: { maxParamLength, ignoreTrailingSlash: true },
    // What Node's parser refuses (headers too large, too slow) never becomes a request.
    clientErrorHandler: createClientErrorAnswer(versions),
    // A URL that is not valid UTF-8, or too long to route, fails before any hook runs, so it is answered here.
    frameworkErrors: (error, request, reply) => {
      setApiSecurityHeaders(reply)
      reply.header('x-request-id', request.id)
      handleError(error, request, reply)
      logRequest(request, reply)
      metrics?.requests.record(request, reply)
    }
  }).withTypeProvider<TypeBoxTypeProvider>()
  // Node refuses an Expect other than 100-continue by itself, bare, unless told otherwise.
  app.server.on('checkExpectation', createExpectationAnswer(versions))
  keepRouteConfig(app)
  const servedMethods = noteServedMethods(app)

  // What the store, Redis and the change feed are doing, for /ready and the log.
  const states = new DependencyStates(app.log)
  // Everything below uses the store through these decorators: watched for
  // the state of the dependency, timed, and traced when tracing is on.
  const store = observeStore(watchStore(options.store, states), metrics?.storeOperations)

  // Keys and switches are read from memory on every request and refreshed in the background.
  const keyRing = new KeyRing(store.keys, options.adminKey)
  const board = new SwitchBoard(store.switches, switchCatalogue(versions))
  const stopSyncing = await keepInStep(store, { keys: keyRing, switches: board }, { keyRefreshMs, switchRefreshMs, log: app.log, states })
  app.addHook('onClose', async () => { stopSyncing() })
  const isLoaded = (): boolean => keyRing.isLoaded && board.isLoaded
  // An unreachable store is logged once, when it is lost (dependencies/watched-store.ts); the uses wait for it.
  const keyUse = new KeyUse(store.keys, (error: unknown) => {
    if (!(error instanceof StoreUnavailableError)) app.log.warn({ err: error }, 'writing down the uses of keys failed')
  })
  keyUse.startWriting(keyUseWriteMs)
  app.addHook('onClose', async () => {
    keyUse.stopWriting()
    await keyUse.flush()
  })

  // onRequest hooks run in the order registered. First the headers that every
  // answer carries, refusals included: request id, security headers and a
  // deprecated version's announcement. Then the hooks that may refuse:
  // closing, the store gate, format (and the browser redirect),
  // authentication, then switches, so that only a caller with a valid key
  // learns what is switched off; the rate limit counts after that, per key.
  await app.register(requestId)
  await app.register(securityHeaders, { corsOrigins: options.corsOrigins ?? [] })
  await app.register(deprecation, { board, versions, sunsets: { v1: options.v1Sunset } })
  await app.register(hostHeader)
  await app.register(requestLog)
  if (metrics !== undefined) await app.register(requestMetrics, { metrics })
  await app.register(errorHandler, errorOptions)
  await app.register(gracefulClose)
  await app.register(storeGate, { isLoaded })
  await app.register(bodyParsers, { board })
  await app.register(negotiation, { board })
  await app.register(auth, { keyRing, keyUse, failuresPerMinute: authFailureLimit })
  await app.register(switches, { board })
  await app.register(rateLimits, { perMinute: rateLimit, redisUrl: options.redisUrl, states })
  await app.register(openapi, { versions })
  await app.register(docs, { versions })

  await app.register(healthRoutes, { store, states, isLoaded })
  if (metrics !== undefined) await app.register(metricsRoutes, { metrics, keyRing, keyUse, board, store })
  await app.register(keyRoutes, { prefix: '/admin', store, keyRing, keyUse })
  await app.register(switchRoutes, { prefix: '/admin', store, board })
  await app.register(eventRoutes, { prefix: '/admin', store })
  const requirePreconditions = options.requirePreconditions ?? false
  for (const version of versions) await app.register(versionRoutes, { prefix: version.prefix, version, store, board, requirePreconditions })
  answerOtherMethods(app, servedMethods, ACCEPT_PATCH)
  return app
}
