// The one place that turns failures into error responses: the v1 envelope, or v2's problem details.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import Type from 'typebox'
import { ApiError, invalidRequest, preconditionFailed, PROBLEMS, storeFull, storeUnavailable } from '../errors.ts'
import { json } from '../formats/json.ts'
import { ConditionFailedError, StoreFullError, StoreUnavailableError } from '../storage/store.ts'
import { isUnder, pathOf } from '../url-path.ts'
import { toFieldErrors } from '../validation.ts'
import { BODY_MEDIA_TYPES } from './body-parsers.ts'
import { useFormat } from './negotiation.ts'

export const ErrorEnvelope = Type.Object({
  status: Type.Literal('error'),
  message: Type.String({ description: 'One human sentence.' }),
  errors: Type.Optional(Type.Array(Type.Object({
    path: Type.String({ description: 'JSON Pointer to the value at fault.' }),
    message: Type.String()
  })))
}, { additionalProperties: false, title: 'ErrorEnvelope', examples: [{ status: 'error', message: 'Person does not exist' }] })
export type ErrorEnvelope = Type.Static<typeof ErrorEnvelope>

/** RFC 9457 problem details, as every v2 error is sent. */
export const Problem = Type.Object({
  type: Type.String({ description: 'Identifies the kind of problem; it resolves to its section of the docs.' }),
  title: Type.String({ description: 'The same for every problem of this type.' }),
  status: Type.Integer(),
  detail: Type.String({ description: 'What went wrong this time, in one sentence.' }),
  instance: Type.String({ description: 'The path of the request that failed.' }),
  errors: Type.Optional(Type.Array(Type.Object({
    pointer: Type.String({ description: 'JSON Pointer, as a URI fragment, to the value at fault.' }),
    detail: Type.String()
  })))
}, {
  additionalProperties: false,
  title: 'Problem',
  examples: [{ type: '/docs#problem-person-not-found', title: 'Person does not exist', status: 404, detail: 'Person does not exist', instance: '/v2/people/fred' }]
})
export type Problem = Type.Static<typeof Problem>

export const PROBLEM_JSON = 'application/problem+json'

/** Response schemas for the error statuses a route can answer, for `schema.response`. */
export function errorResponses (...statuses: number[]): Record<number, typeof ErrorEnvelope> {
  return Object.fromEntries(statuses.map(status => [status, ErrorEnvelope]))
}

export function problemType (code: string): string {
  return `/docs#problem-${code.toLowerCase().replaceAll('_', '-')}`
}

interface ErrorOptions {
  bodyLimit: number
  /** URL prefixes whose errors are problem details (v2) rather than the v1 envelope. */
  problemPrefixes: readonly string[]
}

// Fastify's own failures, in words a client of this API can act on.
const FRAMEWORK_ERRORS: Record<string, (options: ErrorOptions) => ApiError> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () =>
    new ApiError('UNSUPPORTED_MEDIA_TYPE', `The body must be one of: ${BODY_MEDIA_TYPES.join(', ')}`),
  FST_ERR_CTP_BODY_TOO_LARGE: ({ bodyLimit }) =>
    new ApiError('BODY_TOO_LARGE', `The body is larger than the limit of ${bodyLimit} bytes`),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    new ApiError('MALFORMED_BODY', 'The Content-Length does not match the body'),
  FST_ERR_BAD_URL: () =>
    new ApiError('BAD_URL', 'The URL is not valid percent-encoded UTF-8')
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

function toEnvelope (error: ApiError): ErrorEnvelope {
  const body: ErrorEnvelope = { status: 'error', message: error.message }
  if (error.errors !== undefined) body.errors = error.errors
  return body
}

function toProblem (error: ApiError, request: FastifyRequest): Problem {
  const problem: Problem = {
    type: problemType(error.code),
    title: PROBLEMS[error.code].title,
    status: error.status,
    detail: error.message,
    instance: pathOf(request.url)
  }
  if (error.errors !== undefined) problem.errors = error.errors.map(({ path, message }) => ({ pointer: `#${path}`, detail: message }))
  return problem
}

export function createErrorSender (options: ErrorOptions) {
  const isProblemUrl = (url: string): boolean => {
    const path = pathOf(url)
    return options.problemPrefixes.some(prefix => isUnder(path, prefix))
  }

  return function sendError (reply: FastifyReply, error: ApiError): FastifyReply {
    const { request } = reply
    reply.code(error.status).headers(error.headers)
    if (isProblemUrl(request.url)) {
      useFormat(reply, JSON.stringify, PROBLEM_JSON)
      return reply.send(toProblem(error, request))
    }
    // In the format the client asked for when it can carry the envelope; CSV cannot, so JSON.
    const format = request.format
    if (format?.serialize !== undefined && format.carries === 'anything') {
      useFormat(reply, format.serialize, format.contentType)
    } else {
      useFormat(reply, JSON.stringify, json.contentType)
    }
    return reply.send(toEnvelope(error))
  }
}

export function createErrorHandler (options: ErrorOptions) {
  const sendError = createErrorSender(options)
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply => {
    const apiError = toApiError(error, options)
    if (apiError !== undefined) return sendError(reply, apiError)
    // The details go to our log, tied to the request id; the client only gets the id.
    request.log.error({ err: error }, 'unexpected error')
    return sendError(reply, new ApiError('INTERNAL', `Something went wrong on our side; quote request id ${request.id} when reporting it`))
  }
}

export default fp<ErrorOptions>(async function errors (app, options) {
  const sendError = createErrorSender(options)
  app.setErrorHandler(createErrorHandler(options))
  app.setNotFoundHandler(async (_request, reply) => {
    return sendError(reply, new ApiError('ROUTE_NOT_FOUND', 'There is nothing at this URL'))
  })
}, { name: 'errors' })
