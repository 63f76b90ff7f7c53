// The envelope of the original blueprint: {"status": "ok", "result": …} and {"status": "error", "message": …}.
import Type from 'typebox'
import type { TSchema } from 'typebox'
import { MAX_LISTED_ERRORS } from '../errors.ts'
import type { ErrorFormat } from './error-format.ts'
import { NextLink } from './next-link.ts'

/** `title` names the envelope in the API description, where it is described once and referred to. */
export function Ok<Result extends TSchema> (result: Result, title?: string) {
  return Type.Object({ status: Type.Literal('ok'), result }, { additionalProperties: false, ...(title === undefined ? {} : { title }) })
}

/** A page of a list in the envelope: its results, and the URL of the next page, or null on the last. */
export function OkPage<Item extends TSchema> (item: Item, title: string, next = 'URL of the next page, or null on the last one.') {
  return Type.Object({ status: Type.Literal('ok'), result: Type.Array(item), next: NextLink(next) }, { additionalProperties: false, title })
}

export const OkWithoutResult = Type.Object({ status: Type.Literal('ok') }, { additionalProperties: false, title: 'Ok' })

export function ok<Result> (result: Result): { status: 'ok', result: Result } {
  return { status: 'ok', result }
}

export function okPage<Item> (result: Item[], next: string | null): { status: 'ok', result: Item[], next: string | null } {
  return { status: 'ok', result, next }
}

export const ErrorEnvelope = Type.Object({
  status: Type.Literal('error'),
  message: Type.String({ description: 'One human sentence.' }),
  errors: Type.Optional(Type.Array(Type.Object({
    path: Type.String({ description: 'JSON Pointer to the value at fault.' }),
    message: Type.String()
  }), { maxItems: MAX_LISTED_ERRORS, description: `The values at fault, at most ${MAX_LISTED_ERRORS}; when there are more, "message" says how many.` }))
}, { additionalProperties: false, title: 'ErrorEnvelope' })
export type ErrorEnvelope = Type.Static<typeof ErrorEnvelope>

/** Errors in the envelope, in whichever data format the client asked for. */
export const envelopeErrors: ErrorFormat = {
  schema: ErrorEnvelope,
  mediaType: undefined,
  body (error): ErrorEnvelope {
    const body: ErrorEnvelope = { status: 'error', message: error.message }
    if (error.errors !== undefined) body.errors = error.errors
    return body
  },
  responses: (...statuses) => Object.fromEntries(statuses.map(status => [status, ErrorEnvelope]))
}
