// Security headers on every response, and CORS only for the origins the operator names.
import cors from '@fastify/cors'
import type { FastifyReply } from 'fastify'
import fp from 'fastify-plugin'
import helmet from 'helmet'
import type { HelmetOptions } from 'helmet'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { callbackHook } from '../http/callback-hook.ts'
import { routeConfigOf } from '../http/route-config.ts'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `docs` for the HTML reference, which loads its own script and stylesheet. */
    securityHeaders?: 'docs'
  }
}

/**
 * The docs page loads its one stylesheet and one script from this origin, and
 * its "Try it" forms fetch from it; nothing inline runs, nothing comes from
 * elsewhere, and no one may frame it.
 */
export const DOCS_HELMET: HelmetOptions = {
  frameguard: { action: 'deny' },
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'"],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"]
    }
  }
}

// An API answers data, never pages: a response can load, run and frame
// nothing, even if a browser were tricked into rendering one (OWASP). The
// headers that only steer HTML documents (DNS prefetch, downloads in old IE,
// Flash policies, the XSS auditor, referrers, popups, agent clusters) would
// add bytes and work to every answer while protecting nothing a JSON body can do.
const API_HELMET: HelmetOptions = {
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  frameguard: { action: 'deny' },
  // Clients on other origins read us through CORS, which this does not restrict.
  crossOriginResourcePolicy: { policy: 'same-origin' },
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  referrerPolicy: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false
}

type HeaderRecord = Record<string, string>

/**
 * Helmet decides the headers; they are the same for every answer, so they
 * are worked out once, by letting helmet write them into a record, and each
 * request only copies them.
 */
function headersOf (options: HelmetOptions): HeaderRecord {
  const headers: HeaderRecord = {}
  const recorder = {
    setHeader: (name: string, value: string) => { headers[name.toLowerCase()] = value },
    removeHeader: () => {}
  }
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, () => {})
  return headers
}

const API_HEADERS = headersOf(API_HELMET)
const DOCS_HEADERS = headersOf(DOCS_HELMET)

/** For answers sent before any hook runs (a URL that is not UTF-8): the same headers as every API answer. */
export function setApiSecurityHeaders (reply: FastifyReply): void {
  reply.headers(API_HEADERS)
}

/** The API's security headers as name and value, for an answer written without Fastify. */
export function apiSecurityHeaderEntries (): Array<[name: string, value: string]> {
  return Object.entries(API_HEADERS)
}

export default fp<{ corsOrigins: readonly string[] }>(async function securityHeaders (app, { corsOrigins }) {
  app.addHook('onRequest', callbackHook((request, reply) => {
    reply.headers(routeConfigOf(request).securityHeaders === 'docs' ? DOCS_HEADERS : API_HEADERS)
  }))

  // Off unless configured: a browser page on another origin cannot read our
  // answers at all, which is the safe default for an API holding personal data.
  if (corsOrigins.length > 0) {
    await app.register(cors, {
      origin: [...corsOrigins],
      methods: ['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Accept', 'If-Match', 'If-None-Match', 'X-Request-Id'],
      exposedHeaders: ['ETag', 'Location', 'Link', 'X-Request-Id', 'RateLimit', 'RateLimit-Policy', 'Retry-After', 'Deprecation', 'Sunset'],
      maxAge: 600,
      // An OPTIONS without Origin is a client asking what a path allows, not a
      // preflight: it goes on to the path's own OPTIONS route, which answers
      // 204 with Allow; a preflight gets the same, with the CORS headers added.
      strictPreflight: false,
      preflightContinue: true
    })
  }
}, { name: 'security-headers' })
