// RFC 9457 problem details: errors as HTTP-native JSON, each type a section of the docs.
import Type from 'typebox'
import { MAX_LISTED_ERRORS, PROBLEMS } from '../errors.ts'
import type { ErrorFormat } from './error-format.ts'

export const Problem = Type.Object({
  type: Type.String({ description: 'Identifies the kind of problem; it resolves to its section of the docs.' }),
  title: Type.String({ description: 'The same for every problem of this type.' }),
  status: Type.Integer(),
  detail: Type.String({ description: 'What went wrong this time, in one sentence.' }),
  instance: Type.String({ description: 'The path of the request that failed.' }),
  errors: Type.Optional(Type.Array(Type.Object({
    pointer: Type.String({ description: 'JSON Pointer, as a URI fragment, to the value at fault.' }),
    detail: Type.String()
  }), { maxItems: MAX_LISTED_ERRORS, description: `The values at fault, at most ${MAX_LISTED_ERRORS}; when there are more, "detail" says how many.` }))
}, { additionalProperties: false, title: 'Problem' })
export type Problem = Type.Static<typeof Problem>

export const PROBLEM_JSON = 'application/problem+json'

export function problemType (code: string): string {
  return `/docs#problem-${code.toLowerCase().replaceAll('_', '-')}`
}

/** Errors as problem details, always JSON whatever Accept asked for (RFC 9457 §3). */
export const problemDetails: ErrorFormat = {
  schema: Problem,
  mediaType: PROBLEM_JSON,
  body (error, path): Problem {
    const problem: Problem = {
      type: problemType(error.code),
      title: PROBLEMS[error.code].title,
      status: error.status,
      detail: error.message,
      instance: path
    }
    if (error.errors !== undefined) problem.errors = error.errors.map(({ path, message }) => ({ pointer: `#${path}`, detail: message }))
    return problem
  },
  responses: (...statuses) => Object.fromEntries(statuses.map(status => [status, Problem]))
}
