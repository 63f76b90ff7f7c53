// Pieces of schema patterns written so that every reader of the OpenAPI documents reads them alike.

/**
 * The control characters (Unicode category Cc) as a range for a character
 * class. `\p{Cc}` would say the same, but only to a reader that compiles with
 * ECMAScript's `u` flag: Python's `re`, and the validators and fuzzers built
 * on it, refuse the whole pattern. Cc is fixed by Unicode: these 65 code points.
 */
export const CONTROL_CHARACTERS = '\\u0000-\\u001f\\u007f-\\u009f'
