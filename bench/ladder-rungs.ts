// The rungs of the cost ladder, in the order they are climbed: each adds one piece of the contract to everything below it.
export interface Rung {
  id: string
  /** A short label for the table. */
  name: string
  /** What it adds, and where in src/ that comes from. */
  adds: string
}

export const RUNGS = [
  { id: 'base', name: 'baseline B', adds: 'B\'s routes and statements on the ladder\'s Fastify server, nothing else' },
  { id: 'name', name: '+ name', adds: 'the name NFC-normalized, and validated against PersonParams by the app\'s Ajv (validation.ts)' },
  { id: 'parsing', name: '+ I-JSON parsing', adds: 'the app\'s body parsers: charset, encoding, JSON read as I-JSON (body-parsers.ts, formats/json.ts) and the body required' },
  { id: 'body', name: '+ body validation', adds: 'PersonBody validated by the app\'s strict Ajv, and the draft made of it (person/drafts.ts)' },
  { id: 'store', name: '+ timestamps', adds: 'the app\'s store: its upsert moves updated_at forward and returns the row, mapped to a person (storage/sqlite/people.ts)' },
  { id: 'etag', name: '+ ETag', adds: 'the version digest on every answer, If-None-Match and If-Match read (conditional-requests.ts)' },
  { id: 'envelope', name: '+ envelope serializer', adds: 'v1\'s representation, written by the serializer compiled from its schema (resources/v1, serialization.ts)' },
  { id: 'request-id', name: '+ request id', adds: 'an id per request, kept if the client sent one, echoed back (plugins/request-id.ts)' },
  { id: 'security-headers', name: '+ security headers', adds: 'the API\'s security headers (plugins/security-headers.ts)' },
  { id: 'log', name: '+ log line', adds: 'pino with its batching destination, one line per request, to a file (plugins/request-log.ts, log-destination.ts)' },
  { id: 'closing', name: '+ graceful close', adds: 'the hooks that turn requests away while closing (plugins/graceful-close.ts)' },
  { id: 'auth', name: '+ authentication', adds: 'the Bearer key checked against the key ring, and its capability (plugins/auth.ts), the ring refreshed every 500 ms' },
  { id: 'rate-limit', name: '+ rate limiter', adds: 'every request counted per key, never refused (plugins/rate-limit.ts)' },
  { id: 'switches', name: '+ switches', adds: 'the route\'s switches checked, deprecation announced when on (plugins/switches.ts, plugins/deprecation.ts), the board refreshed every 250 ms' },
  { id: 'negotiation', name: '+ negotiation', adds: 'the format chosen from Accept, Vary set (plugins/negotiation.ts)' },
  { id: 'checkpointer', name: '+ checkpoint thread', adds: 'a worker thread checkpointing the write-ahead log every 100 ms (storage/sqlite/checkpointer.ts)' },
  { id: 'app', name: 'the app as shipped', adds: 'everything else: buildApp\'s server options, error handler, other routes and hooks, as npm start runs it' }
] as const satisfies readonly Rung[]

export type RungId = typeof RUNGS[number]['id']

/** The rung the app is: not built by the ladder's server but started as npm start starts it. */
export const APP_RUNG: RungId = 'app'
