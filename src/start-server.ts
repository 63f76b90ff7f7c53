// Starts the API from its settings: listens, opens the store, and shuts down gracefully.
import type { FastifyInstance } from 'fastify'
import pino from 'pino'
import type { Logger } from 'pino'
import { buildApp } from './app.ts'
import { createFirstAdminKey } from './auth/bootstrap.ts'
import { summarizeError } from './error-summary.ts'
import { LogDestination } from './log-destination.ts'
import type { Config } from './config.ts'
import { openPatiently, StoreNotOpenedError } from './storage/open-patiently.ts'
import { PendingStore } from './storage/pending-store.ts'
import { locateStore, whatToCheck } from './storage/store-location.ts'
import type { Store } from './storage/store.ts'

/** Runs the API until SIGTERM or SIGINT, then drains it and exits the process. */
export async function startServer (config: Config): Promise<FastifyInstance> {
  // Asynchronous logging: a slow terminal or pipe must not slow down requests.
  const destination = new LogDestination()
  const logger = pino({ level: config.logLevel }, destination)
  // The server listens before the store is open, so that /health answers at
  // once and /ready and every other route answer 503 while it opens.
  const store = new PendingStore()

  const app = await buildApp({
    store,
    adminKey: config.adminKey,
    logger,
    bodyLimit: config.bodyLimit,
    keyRefreshMs: config.keyRefreshMs,
    switchRefreshMs: config.switchRefreshMs,
    rateLimit: config.rateLimit,
    authFailureLimit: config.authFailureLimit,
    redisUrl: config.redisUrl,
    v1Sunset: config.v1Sunset,
    corsOrigins: config.corsOrigins,
    requirePreconditions: config.requirePreconditions,
    trustedProxies: config.trustedProxies,
    requestTimeoutMs: config.requestTimeoutMs,
    metrics: config.metrics,
    logOutput: destination
  })
  await app.listen({ host: config.host, port: config.port })
  stopOnSignals({ app, store, logger, destination, timeoutMs: config.shutdownTimeoutMs })
  await store.open(await openStoreOrExit(config, logger, destination))
  return app
}

/**
 * Opens the store, trying again while it cannot be reached, and makes the
 * first admin key if there is none. If that cannot be done, one log line
 * says what was tried and what to check, and the process ends with code 1:
 * never a stack trace, and never the password in DATABASE_URL.
 */
async function openStoreOrExit (config: Config, logger: Logger, destination: LogDestination): Promise<Store> {
  const location = locateStore(config.databaseUrl)
  const withinMs = config.storeOpenTimeoutMs
  try {
    const { store, attempts, waitedMs } = await openPatiently(config.databaseUrl, { poolSize: config.databasePoolSize, timeoutMs: config.storeTimeoutMs }, {
      withinMs,
      onWaiting: (cause) => {
        logger.warn({ store: location, cause: summarizeError(cause), withinMs }, `the store cannot be reached yet; trying again for up to ${withinMs / 1000} s, while /ready answers 503`)
      }
    })
    if (attempts > 1) logger.info({ store: location, attempts, waitedMs }, 'the store is open')
    if (config.adminKey === undefined) await printFirstAdminKey(store)
    return store
  } catch (error) {
    const cause = error instanceof StoreNotOpenedError ? error.cause : error
    const tried = error instanceof StoreNotOpenedError ? { attempts: error.attempts, waitedMs: error.waitedMs } : {}
    logger.fatal({ store: location, ...tried, cause: summarizeError(cause), check: whatToCheck(location, cause) }, 'the store could not be opened, so the server stops')
    return await exitAfterLog(destination, 1)
  }
}

// A log that takes nothing for this long (a stuck pipe) does not hold the exit up.
const LOG_DRAIN_MS = 1000

/** Ends the process once the log's last lines are written. */
async function exitAfterLog (destination: LogDestination, code: number): Promise<never> {
  await destination.drain(LOG_DRAIN_MS)
  process.exit(code)
}

async function printFirstAdminKey (store: Store): Promise<void> {
  const firstKey = await createFirstAdminKey(store.keys)
  // Printed once to the terminal, never to the log: logs are shipped and kept.
  if (firstKey !== undefined) {
    process.stderr.write(`\nCreated the first admin key. It is shown only this once:\n\n  ${firstKey}\n\n`)
  }
}

interface Running {
  app: FastifyInstance
  store: Store
  logger: Logger
  destination: LogDestination
  timeoutMs: number
}

function stopOnSignals ({ app, store, logger, destination, timeoutMs }: Running): void {
  let stopping = false
  async function shutDown (signal: NodeJS.Signals): Promise<void> {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'shutting down')
    // A drain that never ends must not keep a stopped instance around forever.
    const deadline = setTimeout(() => {
      logger.error('shutdown timed out')
      // Nothing awaits this timer: the exit ends whatever is still running.
      exitAfterLog(destination, 1)
    }, timeoutMs)
    deadline.unref()
    // close() stops accepting, waits for in-flight requests, then runs onClose hooks.
    await app.close()
    await store.close()
    logger.info('stopped')
    await exitAfterLog(destination, 0)
  }

  function onSignal (signal: NodeJS.Signals): void {
    shutDown(signal).catch((error: unknown) => {
      logger.error({ err: error }, 'shutdown failed')
      return exitAfterLog(destination, 1)
    })
  }

  process.once('SIGTERM', onSignal)
  process.once('SIGINT', onSignal)
}
