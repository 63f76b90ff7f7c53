// The modules a start of the API imports once Node's compile cache is on: named here once, for server.js, which starts the API, and for warm-compile-cache.js, which only compiles them.
// JavaScript, with no static imports, so that importing this file strips no
// types and compiles nothing before the cache is on.
export const importConfig = () => import('./config.ts')
// Loaded by server.js only when tracing is asked for.
export const importTracing = () => import('./observability/tracing.ts')
export const importServer = () => import('./start-server.ts')
