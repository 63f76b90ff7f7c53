// Starts the API: reads the config, opens the store, listens, and shuts down gracefully.
import pino from 'pino'
import { buildApp } from './app.ts'
import { createFirstAdminKey } from './auth/bootstrap.ts'
import { readConfig } from './config.ts'
import { openStore } from './storage/open-store.ts'

const config = readConfig()
// Asynchronous logging: a slow terminal or pipe must not slow down requests.
const destination = pino.destination({ sync: false })
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
  requestTimeoutMs: config.requestTimeoutMs
})
await app.listen({ host: config.host, port: config.port })

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
  }, config.shutdownTimeoutMs)
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
