// Compiles, once at start, the functions that copy a person's fields from one shape into another, as quick as ones written out by hand.

/** One property of the literal: its key, and the JavaScript expression that gives its value. */
type Entry = readonly [key: string, expression: string]

/**
 * Compiles `(…parameters) => ({ key: expression, … })`.
 *
 * A literal rather than a loop over the fields: V8 builds a literal of known
 * keys faster, and keeps all of its properties inside the object, where a
 * loop that adds them one by one leaves the fifth and later ones in a store
 * of their own, slower to read ever after. Every person the app reads or
 * shows goes through one of these. Keys and expressions are made from the
 * declared fields (see declareFields), never from a request.
 */
export function compileObject<Compiled> (parameters: readonly string[], entries: readonly Entry[]): Compiled {
  return compile(parameters, `({ ${entries.map(([key, expression]) => `${key}: ${expression}`).join(', ')} })`)
}

/** Compiles `(…parameters) => [expression, …]`, for the same reasons as compileObject. */
export function compileArray<Compiled> (parameters: readonly string[], expressions: readonly string[]): Compiled {
  return compile(parameters, `[${expressions.join(', ')}]`)
}

function compile<Compiled> (parameters: readonly string[], literal: string): Compiled {
  // eslint-disable-next-line no-new-func -- the source is made from the declared fields, once, at start
  return new Function(...parameters, `'use strict'; return ${literal}`) as Compiled
}
