// `npm run warm`: fills Node's compile cache with every module `npm start` loads, without starting the API, so that the next start finds them all there.
// JavaScript, like server.js, so that this file needs no type stripping either.
import nodeModule from 'node:module'
import { importConfig, importServer, importTracing } from './server-modules.js'

// A start that finds a module missing from the cache strips its types
// itself, and Node's type stripper, once loaded, stays for the life of the
// process: about 20 MB of memory and 70 ms more for the first start after
// every change of code (docs/06-operations.md). A deployment runs this
// once, after installing and before starting, in the same cache directory
// (the system's temporary directory unless NODE_COMPILE_CACHE names one).
nodeModule.enableCompileCache()

// Tracing too, which a start loads only when asked for.
for (const importModule of [importConfig, importTracing, importServer]) await importModule()
nodeModule.flushCompileCache()
