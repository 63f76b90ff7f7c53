// The v1 success envelope of the original blueprint: {"status": "ok", "result": …}.
import Type from 'typebox'
import type { TSchema } from 'typebox'

export function Ok<Result extends TSchema> (result: Result) {
  return Type.Object({ status: Type.Literal('ok'), result }, { additionalProperties: false })
}

export const OkWithoutResult = Type.Object({ status: Type.Literal('ok') }, { additionalProperties: false })

export function ok<Result> (result: Result): { status: 'ok', result: Result } {
  return { status: 'ok', result }
}
