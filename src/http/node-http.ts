// The values the app needs from node:http, taken without an ESM import of it.
//
// `import … from 'node:http'` builds the module's namespace, which reads every
// export once, and three of them (WebSocket, CloseEvent and MessageEvent) are
// getters that load undici, the fetch client Node.js bundles, in a server
// that never fetches: 1.2 MiB more live heap and about 4 MiB more memory
// for the life of the process (docs/14-performance.md).
// process.getBuiltinModule hands over the module itself, whose getters stay
// unread. Type-only imports are erased, so
// `import type … from 'node:http'` stays as it is.
const http = process.getBuiltinModule('node:http')

/** Every method Node's HTTP parser accepts. */
export const METHODS: readonly string[] = http.METHODS
/** The reason phrase of each status code. */
export const STATUS_CODES: Readonly<Record<number, string | undefined>> = http.STATUS_CODES
