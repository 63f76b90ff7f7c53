// The one place that turns failures into the v1 error envelope.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import Type from 'typebox'
import { ApiError, invalidRequest } from '../errors.ts'
import { toFieldErrors } from '../validation.ts'
import { json } from '../formats/json.ts'
import { BODY_MEDIA_TYPES } from './body-parsers.ts'
import { useFormat } from './negotiation.ts'

export const ErrorEnvelope = Type.Object({
  status: Type.Literal('error'),
  message: Type.String({ description: 'One human sentence.' }),
  errors: Type.Optional(Type.Array(Type.Object({
    path: Type.String({ description: 'JSON Pointer to the value at fault.' }),
    message: Type.String()
  })))
}, { additionalProperties: false })
export type ErrorEnvelope = Type.Static<typeof ErrorEnvelope>

/** Response schemas for the error statuses a route can answer, for `schema.response`. */
export function errorResponses (...statuses: number[]): Record<number, typeof ErrorEnvelope> {
  return Object.fromEntries(statuses.map(status => [status, ErrorEnvelope]))
}

// Fastify's own failures, in words a client of this API can act on.
const FRAMEWORK_ERRORS: Record<string, (limits: { bodyLimit: number }) => ApiError> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () =>
    new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', `The body must be one of: ${BODY_MEDIA_TYPES.join(', ')}`),
  FST_ERR_CTP_BODY_TOO_LARGE: ({ bodyLimit }) =>
    new ApiError(413, 'BODY_TOO_LARGE', `The body is larger than the limit of ${bodyLimit} bytes`),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    new ApiError(400, 'INVALID_CONTENT_LENGTH', 'The Content-Length does not match the body'),
  FST_ERR_BAD_URL: () =>
    new ApiError(400, 'BAD_URL', 'The URL is not valid percent-encoded UTF-8')
}

export function toApiError (error: FastifyError, limits: { bodyLimit: number }): ApiError | undefined {
  if (error instanceof ApiError) return error
  if (error.validation !== undefined) return invalidRequest(toFieldErrors(error.validation as never))
  const fromFramework = FRAMEWORK_ERRORS[error.code]
  if (fromFramework !== undefined) return fromFramework(limits)
  const status = error.statusCode ?? 500
  // Any other client error Fastify raises keeps its status, with a neutral sentence.
  if (status >= 400 && status < 500) return new ApiError(status, 'BAD_REQUEST', 'The request could not be understood')
  return undefined
}

export function sendError (reply: FastifyReply, error: ApiError): FastifyReply {
  const body: ErrorEnvelope = { status: 'error', message: error.message }
  if (error.errors !== undefined) body.errors = error.errors
  // In the format the client asked for when it can carry the envelope; CSV cannot, so JSON.
  const format = reply.request.format
  if (format?.serialize !== undefined && format.carries === 'anything') {
    useFormat(reply, format.serialize, format.contentType)
  } else {
    useFormat(reply, JSON.stringify, json.contentType)
  }
  return reply.code(error.status).headers(error.headers).send(body)
}

function sendUnexpected (request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  // The details go to our log, tied to the request id; the client only gets the id.
  request.log.error({ err: error }, 'unexpected error')
  return sendError(reply, new ApiError(500, 'INTERNAL', `Something went wrong on our side; quote request id ${request.id} when reporting it`))
}

export function createErrorHandler (limits: { bodyLimit: number }) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply => {
    const apiError = toApiError(error, limits)
    return apiError === undefined ? sendUnexpected(request, reply, error) : sendError(reply, apiError)
  }
}

export default fp<{ bodyLimit: number }>(async function errors (app, limits) {
  app.setErrorHandler(createErrorHandler(limits))
  app.setNotFoundHandler(async (_request, reply) => {
    return sendError(reply, new ApiError(404, 'ROUTE_NOT_FOUND', 'There is nothing at this URL'))
  })
}, { name: 'errors' })
