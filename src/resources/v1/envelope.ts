// The v1 success envelope of the original blueprint: {"status": "ok", "result": …}.
import Type from 'typebox'
import type { TSchema } from 'typebox'

/** `title` names the envelope in the API description, where it is described once and referred to. */
export function Ok<Result extends TSchema> (result: Result, title?: string) {
  return Type.Object({ status: Type.Literal('ok'), result }, { additionalProperties: false, ...(title === undefined ? {} : { title }) })
}

export const OkWithoutResult = Type.Object({ status: Type.Literal('ok') }, { additionalProperties: false, title: 'Ok' })

export function ok<Result> (result: Result): { status: 'ok', result: Result } {
  return { status: 'ok', result }
}
