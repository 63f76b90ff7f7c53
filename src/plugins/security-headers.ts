// Security headers on every response, and CORS only for the origins the operator names.
import cors from '@fastify/cors'
import helmet from '@fastify/helmet'
import fp from 'fastify-plugin'

/**
 * The docs page loads its one stylesheet and one script from this origin, and
 * its "Try it" forms fetch from it; nothing inline runs, nothing comes from
 * elsewhere, and no one may frame it.
 */
export const DOCS_HELMET = {
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

export default fp<{ corsOrigins: readonly string[] }>(async function securityHeaders (app, { corsOrigins }) {
  await app.register(helmet, {
    global: true,
    // An API answers data, never pages: a response can load, run and frame
    // nothing, even if a browser were tricked into rendering one (OWASP).
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    frameguard: { action: 'deny' },
    // Clients on other origins read us through CORS, which this does not restrict.
    crossOriginResourcePolicy: { policy: 'same-origin' }
  })

  // Off unless configured: a browser page on another origin cannot read our
  // answers at all, which is the safe default for an API holding personal data.
  if (corsOrigins.length > 0) {
    await app.register(cors, {
      origin: [...corsOrigins],
      methods: ['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Accept', 'If-Match', 'If-None-Match', 'X-Request-Id'],
      exposedHeaders: ['ETag', 'Location', 'Link', 'X-Request-Id', 'RateLimit', 'RateLimit-Policy', 'Retry-After', 'Deprecation', 'Sunset'],
      maxAge: 600
    })
  }
}, { name: 'security-headers' })
