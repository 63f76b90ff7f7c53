// The validator's own faults in the API's words, for a schema that gives no sentence of its own.

type Params = Record<string, unknown>

// JSON Schema's type names, as a client reads them: "text", not "string".
const TYPE_NAMES: Record<string, string> = {
  object: 'an object',
  array: 'a list',
  string: 'text',
  boolean: 'true or false',
  integer: 'a whole number',
  number: 'a number',
  null: 'null'
}

function typeNames (type: unknown): string {
  // A schema that allows several types reports them joined by commas: "string,null".
  return String(type).split(',').map(name => TYPE_NAMES[name] ?? name).join(' or ')
}

function count (limit: unknown, noun: string): string {
  return `${String(limit)} ${noun}${limit === 1 ? '' : 's'}`
}

function values (list: unknown): string {
  return (Array.isArray(list) ? list : [list]).map(value => typeof value === 'string' ? value : JSON.stringify(value)).join(', ')
}

/**
 * Ajv says "must be object", "must NOT have fewer than 1 items" and "must be
 * equal to one of the allowed values" without naming them. These say what
 * the value must be, naming the allowed values and the limits. A keyword
 * not listed keeps Ajv's sentence.
 */
const SENTENCES: Record<string, (params: Params) => string> = {
  type: ({ type }) => `must be ${typeNames(type)}`,
  enum: ({ allowedValues }) => `must be one of: ${values(allowedValues)}`,
  const: ({ allowedValue }) => `must be ${values(allowedValue)}`,
  uniqueItems: ({ i, j }) => `must not list the same value twice (items ${String(Math.min(Number(i), Number(j)))} and ${String(Math.max(Number(i), Number(j)))} are the same)`,
  minItems: ({ limit }) => `must list at least ${count(limit, 'item')}`,
  maxItems: ({ limit }) => `must list at most ${count(limit, 'item')}`,
  minLength: ({ limit }) => `must be at least ${count(limit, 'character')} long`,
  maxLength: ({ limit }) => `must be at most ${count(limit, 'character')} long`,
  minimum: ({ limit }) => `must be at least ${String(limit)}`,
  maximum: ({ limit }) => `must be at most ${String(limit)}`,
  exclusiveMinimum: ({ limit }) => `must be more than ${String(limit)}`,
  exclusiveMaximum: ({ limit }) => `must be less than ${String(limit)}`,
  minProperties: ({ limit }) => `must have at least ${count(limit, 'member')}`,
  maxProperties: ({ limit }) => `must have at most ${count(limit, 'member')}`,
  // Each form's own fault is listed beside this one.
  anyOf: () => 'must take one of the forms allowed here',
  oneOf: () => 'must take exactly one of the forms allowed here'
}

/** The sentence for a fault of `keyword`, or undefined where Ajv's own is kept. */
export function sentenceFor (keyword: string, params: Params): string | undefined {
  return SENTENCES[keyword]?.(params)
}
