// HTML form bodies (application/x-www-form-urlencoded), so a plain form or `curl -d` can write.
import { parse } from 'node:querystring'
import type { Format } from './format.ts'
import { assertPlainData } from './plain-data.ts'
import { decodeUtf8, malformedBody } from './text.ts'

/**
 * Bodies read from a form. Their values are text, like a query string's, so
 * the validator reads them by the schema as it reads URLs: "true" is a
 * boolean and a field sent once is a list of one (validation.ts).
 */
export const formBodies = new WeakSet<object>()

export function parseForm (body: Buffer): unknown {
  // The parser would quietly turn invalid percent-encoded UTF-8 into U+FFFD
  // (it catches what a decoder throws), so our decoder notes it instead.
  let isValid = true
  const decodeStrictly = (text: string): string => {
    try {
      return decodeURIComponent(text)
    } catch {
      isValid = false
      return ''
    }
  }
  // A field sent twice arrives as an array: a list where the schema wants
  // one, refused where it wants a single value.
  const value = { ...parse(decodeUtf8(body), '&', '=', { decodeURIComponent: decodeStrictly, maxKeys: 100 }) }
  if (!isValid) throw malformedBody('The form body is not valid percent-encoded UTF-8')
  assertPlainData(value)
  formBodies.add(value)
  return value
}

export const form: Format = {
  name: 'form',
  produces: [],
  consumes: ['application/x-www-form-urlencoded'],
  aliases: [],
  contentType: 'application/x-www-form-urlencoded',
  carries: 'anything',
  parse: parseForm
}
