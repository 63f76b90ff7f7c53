// Starts the API from its settings: opens the store, listens, and shuts down gracefully.
import type { FastifyInstance } from 'fastify'
import pino from 'pino'
import type { Logger } from 'pino'
import { buildApp } from './app.ts'
import { createFirstAdminKey } from './auth/bootstrap.ts'
import { LogDestination } from './log-destination.ts'
import type { Config } from './config.ts'
import { openStore } from './storage/open-store.ts'
import type { Store } from './storage/store.ts'

/** Runs the API until SIGTERM or SIGINT, then drains it and exits the process. */
export async function startServer (config: Config): Promise<FastifyInstance> {
  // Asynchronous logging: a slow terminal or pipe must not slow down requests.
  const destination = new LogDestination()
  const logger = pino({ level: config.logLevel }, destination)
  const store = await openStore(config.databaseUrl, { poolSize: config.databasePoolSize, timeoutMs: config.storeTimeoutMs })

  if (config.adminKey === undefined) {
    const firstKey = await createFirstAdminKey(store.keys)
    // Printed once to the terminal, never to the log: logs are shipped and kept.
    if (firstKey !== undefined) {
      process.stderr.write(`\nCreated the first admin key. It is shown only this once:\n\n  ${firstKey}\n\n`)
    }
  }

  const app = await buildApp({
    store,
    adminKey: config.adminKey,
    logger,
    bodyLimit: config.bodyLimit,
    keyRefreshMs: config.keyRefreshMs,
    switchRefreshMs: config.switchRefreshMs,
    rateLimit: config.rateLimit,
    redisUrl: config.redisUrl,
    v1Sunset: config.v1Sunset,
    corsOrigins: config.corsOrigins,
    requestTimeoutMs: config.requestTimeoutMs,
    metrics: config.metrics
  })
  await app.listen({ host: config.host, port: config.port })
  stopOnSignals({ app, store, logger, destination, timeoutMs: config.shutdownTimeoutMs })
  return app
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
      destination.flushSync()
      process.exit(1)
    }, timeoutMs)
    deadline.unref()
    // close() stops accepting, waits for in-flight requests, then runs onClose hooks.
    await app.close()
    await store.close()
    logger.info('stopped')
    destination.flushSync()
    process.exit(0)
  }

  function onSignal (signal: NodeJS.Signals): void {
    shutDown(signal).catch((error: unknown) => {
      logger.error({ err: error }, 'shutdown failed')
      destination.flushSync()
      process.exit(1)
    })
  }

  process.once('SIGTERM', onSignal)
  process.once('SIGINT', onSignal)
}
