// What the app knows of an API version: its name and prefix, how it writes errors, and which version replaces it.
import type { FastifyRequest } from 'fastify'
import { routeConfigOf } from './http/route-config.ts'
import { isUnder, pathOf } from './http/url-path.ts'
import type { ErrorFormat } from './responses/error-format.ts'

/** v1, v2, …: the version's path prefix, its switch and its OpenAPI document are named after it. */
export type VersionName = `v${number}`

export interface ApiVersion {
  name: VersionName
  /** Where its routes are mounted: `/v1`. */
  prefix: string
  /** One paragraph for the version's OpenAPI document: what sets it apart. */
  description: string
  errorFormat: ErrorFormat
  /**
   * The version that replaces this one. Set when the versions are mounted,
   * from their order: a version's own folder never names the next.
   */
  successor?: ApiVersion | undefined
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The version a route belongs to; unset on routes that belong to none (health, admin). */
    version?: ApiVersion
  }
}

/** The switch that announces a version's deprecation: `v1.deprecated`. */
export function deprecationSwitchOf (version: ApiVersion): `${VersionName}.deprecated` {
  return `${version.name}.deprecated`
}

/** The switch that retires a version: while it is on, the version's routes answer 410 Gone. */
export function retirementSwitchOf (version: ApiVersion): `${VersionName}.retired` {
  return `${version.name}.retired`
}

/**
 * The version a request belongs to: its route's, or, for a URL that matched
 * no route, the one whose prefix the URL lies under.
 */
export function versionOfRequest (request: FastifyRequest, versions: readonly ApiVersion[]): ApiVersion | undefined {
  return routeConfigOf(request).version ?? versionAtPath(pathOf(request.url), versions)
}

/** The version whose prefix a path lies under, for a request that has no route to ask. */
export function versionAtPath (path: string, versions: readonly ApiVersion[]): ApiVersion | undefined {
  return versions.find(version => isUnder(path, version.prefix))
}

/** Each version's successor is the one mounted after it. */
export function inSuccession<Version extends ApiVersion> (versions: readonly Version[]): Version[] {
  return versions.map((version, index) => ({ ...version, successor: versions[index + 1] }))
}
