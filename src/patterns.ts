// Pieces of schema patterns written so that every reader of the OpenAPI documents reads them alike.

/**
 * The control characters (Unicode category Cc) as a range for a character
 * class. `\p{Cc}` would say the same, but only to a reader that compiles with
 * ECMAScript's `u` flag: Python's `re`, and the validators and fuzzers built
 * on it, refuse the whole pattern. Cc is fixed by Unicode: these 65 code points.
 */
export const CONTROL_CHARACTERS = '\\u0000-\\u001f\\u007f-\\u009f'

/**
 * White space as ECMAScript's `\s` means it, spelled out for a character
 * class. `\s` itself differs between dialects: Python's `re` leaves out
 * U+FEFF, so a name starting with it would pass there and fail here.
 */
export const WHITE_SPACE = '\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff'
