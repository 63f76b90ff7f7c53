// The entry point of `npm start`: checks the Node.js version, turns on Node's compile cache, then tracing when asked for, then starts the API.
// First of all, so that an older Node.js gets one sentence saying so instead of an error from deep in the code.
import './check-node-version.js'
// The whole module, not { enableCompileCache }: an older Node.js would refuse
// that named import before the check above could run.
import nodeModule from 'node:module'
import { importConfig, importServer, importTracing } from './server-modules.js'

// Node keeps what it compiles, types stripped, in a cache directory (in the
// system's temporary directory unless NODE_COMPILE_CACHE names another), so
// every start after the first skips that work (docs/14-performance.md). The
// app is imported only afterwards: static imports would all be compiled
// before this line ran. This file is JavaScript for the same reason:
// stripping the types of the file that turns the cache on would load
// Node's TypeScript stripper, about 70 ms and 20 MB, on every start.
nodeModule.enableCompileCache()

const { readConfig } = await importConfig()
const config = readConfig()
// OpenTelemetry is loaded only when asked for, and before the app: its
// instrumentations must be in place before pg and ioredis are imported.
if (config.tracing) {
  const { startTracing } = await importTracing()
  startTracing()
}
const { startServer } = await importServer()
await startServer(config)
