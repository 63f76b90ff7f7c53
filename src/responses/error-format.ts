// How errors are written: each version names one format, and the error handler asks it for the body.
import type { TSchema } from 'typebox'
import type { ApiError } from '../errors.ts'

export interface ErrorFormat {
  /** The schema of every error body, shown in the API description. */
  schema: TSchema
  /**
   * A media type of the format's own (problem details), or undefined for a
   * format that follows the one negotiated for results, as the envelope does.
   */
  mediaType: string | undefined
  /** `path` is the path of the request that failed, without its query. */
  body (error: ApiError, path: string): unknown
  /** Response schemas for the error statuses a route can answer, for `schema.response`. */
  responses (...statuses: number[]): Record<number, TSchema>
}
