// The `next` member of every list page's body.
import Type from 'typebox'

export function NextLink (description: string) {
  return Type.Unsafe<string | null>({ type: ['string', 'null'], description })
}
