// The one place that turns failures into error responses, each in the error format of the request's version.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { versionOfRequest } from '../api-version.ts'
import type { ApiVersion } from '../api-version.ts'
import { ApiError, invalidRequest, preconditionFailed, routeNotFound, storeFull, storeUnavailable } from '../errors.ts'
import { json } from '../formats/json.ts'
import { pathOf } from '../http/url-path.ts'
import { envelopeErrors } from '../responses/envelope.ts'
import { ConditionFailedError, StoreFullError, StoreUnavailableError } from '../storage/store.ts'
import { toFieldErrors } from '../validation.ts'
import { useFormat } from './negotiation.ts'

interface ErrorOptions {
  bodyLimit: number
  /** The longest part of a path that the router reads, in characters. */
  maxParamLength: number
  /** Every mounted version; a request that belongs to none answers in the envelope. */
  versions: readonly ApiVersion[]
}

// Fastify's own failures, in words a client of this API can act on.
const FRAMEWORK_ERRORS: Record<string, (options: ErrorOptions) => ApiError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: ({ bodyLimit }) =>
    new ApiError('BODY_TOO_LARGE', `The body is larger than the limit of ${bodyLimit} bytes`),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    new ApiError('MALFORMED_BODY', 'The Content-Length does not match the body'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () =>
    new ApiError('UNSUPPORTED_MEDIA_TYPE', 'The Content-Type is not a media type such as application/json'),
  FST_ERR_BAD_URL: () =>
    new ApiError('BAD_URL', 'The URL is not valid percent-encoded UTF-8'),
  FST_ERR_MAX_PARAM_LENGTH: ({ maxParamLength }) =>
    new ApiError('URL_TOO_LONG', `A part of the URL's path is longer than the limit of ${maxParamLength} characters`)
}

export function toApiError (error: FastifyError, options: ErrorOptions): ApiError | undefined {
  if (error instanceof ApiError) return error
  if (error instanceof ConditionFailedError) return preconditionFailed()
  if (error instanceof StoreUnavailableError) return storeUnavailable()
  if (error instanceof StoreFullError) return storeFull()
  if (error.validation !== undefined) return invalidRequest(toFieldErrors(error.validation as never))
  const fromFramework = FRAMEWORK_ERRORS[error.code]
  if (fromFramework !== undefined) return fromFramework(options)
  const status = error.statusCode ?? 500
  // Any other client error Fastify raises keeps its status, with a neutral sentence.
  if (status >= 400 && status < 500) return new ApiError('CLIENT_ERROR', 'The request could not be understood', { status })
  return undefined
}

export function createErrorSender (options: ErrorOptions) {
  return function sendError (reply: FastifyReply, error: ApiError): FastifyReply {
    const { request } = reply
    const format = versionOfRequest(request, options.versions)?.errorFormat ?? envelopeErrors
    reply.code(error.status).headers(error.headers)
    if (format.mediaType !== undefined) {
      useFormat(reply, JSON.stringify, format.mediaType)
    } else if (request.format?.serialize !== undefined && request.format.carries === 'anything') {
      // In the format the client asked for when it can carry the error; CSV cannot, so JSON.
      useFormat(reply, request.format.serialize, request.format.contentType)
    } else {
      useFormat(reply, JSON.stringify, json.contentType)
    }
    return reply.send(format.body(error, pathOf(request.url)))
  }
}

export function createErrorHandler (options: ErrorOptions) {
  const sendError = createErrorSender(options)
  return function handleError (error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
    const apiError = toApiError(error, options)
    if (apiError !== undefined) return sendError(reply, apiError)
    // The details go to our log, tied to the request id; the client only gets the id.
    request.log.error({ err: error }, 'unexpected error')
    return sendError(reply, new ApiError('INTERNAL', `Something went wrong on our side; quote request id ${request.id} when reporting it`))
  }
}

export default fp<ErrorOptions>(async function errorHandler (app, options) {
  const sendError = createErrorSender(options)
  app.setErrorHandler(createErrorHandler(options))
  app.setNotFoundHandler(async function answerNotFound (_request, reply) {
    return sendError(reply, routeNotFound())
  })
}, { name: 'error-handler' })
