// Traces requests with OpenTelemetry, set up by the standard OTEL_* variables; loaded before the app, and only when OTEL_TRACES_EXPORTER asks for tracing.
import { subscribe } from 'node:diagnostics_channel'
import { FastifyOtelInstrumentation } from '@fastify/otel'
import { isSpanContextValid, trace } from '@opentelemetry/api'
import type { ProxyTracerProvider } from '@opentelemetry/api'
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis'
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg'
import { NodeSDK } from '@opentelemetry/sdk-node'
import type { NodeSDKConfiguration } from '@opentelemetry/sdk-node'
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify'
import type { Logger } from 'pino'
import { register as registerModuleHooks } from 'import-in-the-middle/register-hooks.mjs'
import { routeConfigOf } from '../http/route-config.ts'
import { StorageContextManager } from './storage-context.ts'
import { traceStoreCalls } from './store-spans.ts'

// Probes and scrapes arrive every few seconds from machines, not users: a
// span for each would bury the traces anyone looks at.
const UNTRACED_PATHS = new Set(['/health', '/ready', '/metrics'])
// A collector that does not answer must not hold up the shutdown.
const FLUSH_TIMEOUT_MS = 1000

/** The server span is named as OpenTelemetry's HTTP conventions ask: the method and the route template. */
function nameAfterRoute (span: { updateName: (name: string) => unknown }, request: FastifyRequest): void {
  const route = routeConfigOf(request).url
  span.updateName(route === undefined ? request.method : `${request.method} ${route}`)
}

function instrumentations (): NodeSDKConfiguration['instrumentations'] {
  return [
    // Registered on every Fastify instance as it is created, before any of
    // the app's plugins: the request span starts in the first onRequest hook.
    // The route handler gets a span of its own, and the store call is its
    // child; a span for each of the dozen hooks would cost more than it tells.
    new FastifyOtelInstrumentation({
      registerOnInitialization: true,
      instrumentHooks: false,
      // The exception's stack goes to the log (with the same trace id), not to every trace backend.
      recordExceptions: false,
      ignorePaths: ({ url }) => UNTRACED_PATHS.has(url),
      requestHook: nameAfterRoute
    }),
    // Like the store's spans, only within a traced request: not the polls.
    new PgInstrumentation({ requireParentSpan: true }),
    // Only the command's name: the rate limiter's keys name the caller.
    new IORedisInstrumentation({ requireParentSpan: true, dbStatementSerializer: command => command })
  ]
}

/**
 * Every log line of a traced request carries its trace and span ids, so an
 * operator goes from a trace to its log lines and back. The hook runs right
 * after the one that starts the request's span. Fastify already gives each
 * request a pino child logger of its own (for reqId), so the ids are added to
 * its bindings: about 1 µs, where a child of that child cost 8 µs or more
 * (docs/14-performance.md). Without pino (logger: false) there is nothing to tag.
 */
function tagLogLines (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction): void {
  const ids = request.opentelemetry().span?.spanContext()
  if (ids !== undefined && isSpanContextValid(ids) && 'setBindings' in request.log) {
    (request.log as Logger).setBindings({ traceId: ids.traceId, spanId: ids.spanId })
  }
  done()
}

/** Exports the spans still waiting, within FLUSH_TIMEOUT_MS: the process is about to exit. */
async function flushSpans (): Promise<void> {
  const provider = (trace.getTracerProvider() as ProxyTracerProvider).getDelegate() as { forceFlush?: () => Promise<void> }
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<void>(resolve => { timer = setTimeout(resolve, FLUSH_TIMEOUT_MS) })
  await Promise.race([provider.forceFlush?.(), deadline])
  clearTimeout(timer)
}

function onAppCreated (message: unknown): void {
  const { fastify } = message as { fastify: FastifyInstance }
  fastify.addHook('onRequest', tagLogLines)
  fastify.addHook('onClose', flushSpans)
}

/**
 * Starts the SDK from the OTEL_* variables: the exporter, its endpoint, the
 * service name, the sampler and the propagators. `overrides` are for tests,
 * which export to memory. Call it before the app is imported.
 */
export function startTracing (overrides: Partial<NodeSDKConfiguration> = {}): NodeSDK {
  // The app imports pg and ioredis as ES modules, which the instrumentations
  // can only patch through a loader hook registered before they load. Every
  // other module is left alone.
  registerModuleHooks({ include: ['pg', 'ioredis'] })
  const contextManager = new StorageContextManager()
  const sdk = new NodeSDK({
    contextManager,
    instrumentations: instrumentations(),
    // Only traces: metrics are served at GET /metrics, and log lines go to
    // standard output. Without these, the SDK would push both over OTLP.
    metricReaders: [],
    logRecordProcessors: [],
    ...overrides
  })
  sdk.start()
  traceStoreCalls(trace.getTracer('rest-api-blueprint'), contextManager)
  subscribe('fastify.initialization', onAppCreated)
  return sdk
}
