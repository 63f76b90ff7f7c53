// Checks the validators built from route schemas, and the field errors clients get when a value is refused.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import Type from 'typebox'
import type { FieldError } from '../src/errors.ts'
import { PeopleQuery, PersonBody, PersonParams, PersonPatch } from '../src/resources/people/schemas.ts'
import { toFieldErrors, validatorCompiler } from '../src/validation.ts'

interface Outcome {
  isValid: boolean
  errors: FieldError[]
}

/** Compiles a schema as Fastify would for one part of a request. */
function compile (schema: object, httpPart: 'body' | 'querystring' | 'params'): (data: unknown) => Outcome {
  const validate = validatorCompiler({ schema, method: 'PUT', url: '/test', httpPart })
  return (data) => {
    const isValid = validate(data) === true
    return { isValid, errors: isValid ? [] : toFieldErrors(validate.errors ?? []) }
  }
}

const checkParams = compile(PersonParams, 'params')
const checkBody = compile(PersonBody, 'body')
const checkPatch = compile(PersonPatch, 'body')
const checkQuery = compile(PeopleQuery, 'querystring')

const NAME_MESSAGE = 'must be 1 to 100 characters, without control characters, invisible or bidi formatting characters, "/", or white space at either end, and not "." or ".."'
const EMAIL_MESSAGE = 'must be an email address such as fred@example.com'

function assertRefused (outcome: Outcome, path: string, message?: string): void {
  assert.equal(outcome.isValid, false, 'expected the value to be refused')
  assert.ok(outcome.errors.length > 0)
  for (const error of outcome.errors) {
    assert.equal(error.path, path)
    if (message !== undefined) assert.equal(error.message, message)
  }
}

describe('toFieldErrors', () => {
  test('points a missing property at where it should be', () => {
    assert.deepEqual(checkBody({}).errors, [{ path: '/email', message: 'is required' }])
    assert.deepEqual(toFieldErrors([{ keyword: 'required', instancePath: '/address', params: { missingProperty: 'city' } }]), [
      { path: '/address/city', message: 'is required' }
    ])
  })

  test('says a sentence once for a value that breaks several keywords it covers', () => {
    const tooShortAndUnpatterned = [
      { keyword: 'minLength', instancePath: '/name', params: {}, parentSchema: { 'x-error-message': 'must be a name' } },
      { keyword: 'pattern', instancePath: '/name', params: {}, parentSchema: { 'x-error-message': 'must be a name' } },
      { keyword: 'pattern', instancePath: '/other', params: {}, parentSchema: { 'x-error-message': 'must be a name' } }
    ]
    assert.deepEqual(toFieldErrors(tooShortAndUnpatterned), [
      { path: '/name', message: 'must be a name' },
      { path: '/other', message: 'must be a name' }
    ])
  })

  test('points an unknown property at itself', () => {
    assert.deepEqual(checkBody({ email: 'a@b.c', age: 42 }).errors, [{ path: '/age', message: 'is not allowed' }])
  })

  test('uses the schema\'s own sentence for a value that fails its pattern', () => {
    assert.deepEqual(checkBody({ email: 'x' }).errors, [{ path: '/email', message: EMAIL_MESSAGE }])
  })

  test('prefers the schema\'s sentence to the validator\'s wording', () => {
    assert.deepEqual(toFieldErrors([{
      keyword: 'pattern',
      instancePath: '/email',
      message: 'must match pattern "^.+$"',
      params: {},
      parentSchema: { 'x-error-message': 'must be an email address' }
    }]), [{ path: '/email', message: 'must be an email address' }])
  })

  test('words the validator\'s own faults as the API does when the schema has no sentence, naming limits and allowed values', () => {
    assert.deepEqual(checkQuery({ limit: '0' }).errors, [{ path: '/limit', message: 'must be at least 1' }])
    assert.deepEqual(checkQuery({ limit: '101' }).errors, [{ path: '/limit', message: 'must be at most 100' }])
    assert.deepEqual(checkBody([]).errors, [{ path: '', message: 'must be an object' }])
    const capabilities = compile(Type.Object({
      capabilities: Type.Array(Type.Union([Type.Literal('people:read'), Type.Literal('admin')]), { minItems: 1, uniqueItems: true }),
      enabled: Type.Optional(Type.Boolean()),
      note: Type.Optional(Type.Union([Type.String({ maxLength: 3 }), Type.Null()]))
    }, { additionalProperties: false }), 'body')
    assert.deepEqual(capabilities({ capabilities: [] }).errors, [{ path: '/capabilities', message: 'must list at least 1 item' }])
    assert.deepEqual(capabilities({ capabilities: ['admin', 'admin'] }).errors, [{ path: '/capabilities', message: 'must not list the same value twice (items 0 and 1 are the same)' }])
    assert.deepEqual(capabilities({ capabilities: ['admin'], enabled: 'false' }).errors, [{ path: '/enabled', message: 'must be true or false' }])
    assert.deepEqual(capabilities({ capabilities: ['admin'], note: 'long' }).errors.map(error => error.message), ['must be at most 3 characters long', 'must be null', 'must take one of the forms allowed here'])
  })

  test('names the allowed values of an enum', () => {
    const check = compile(Type.Object({ format: Type.Unsafe<string>({ type: 'string', enum: ['json', 'yaml'] }) }), 'body')
    assert.deepEqual(check({ format: 'xml' }).errors, [{ path: '/format', message: 'must be one of: json, yaml' }])
  })

  test('says a number in a URL must be written in decimal digits', () => {
    assert.deepEqual(checkQuery({ limit: '1e2' }).errors, [{ path: '/limit', message: 'must be a whole number written in decimal digits' }])
  })

  test('keeps the validator\'s wording for a keyword it has no sentence for', () => {
    const check = compile(Type.Object({ code: Type.String({ pattern: '^[a-z]+$' }) }), 'body')
    assert.deepEqual(check({ code: 'A' }).errors, [{ path: '/code', message: 'must match pattern "^[a-z]+$"' }])
  })

  test('says "is not valid" when there is no sentence at all', () => {
    assert.deepEqual(toFieldErrors([{ keyword: 'custom', instancePath: '/x', params: {} }]), [{ path: '/x', message: 'is not valid' }])
  })

  test('reports every fault, not only the first', () => {
    const { errors } = checkBody({ email: 'x', comment: 'a\u0000b', extra: true })
    assert.deepEqual(new Set(errors.map(error => error.path)), new Set(['/email', '/comment', '/extra']))
  })
})

describe('person names', () => {
  test('accepts 100 astral emoji: the limit counts code points, not UTF-16 units', () => {
    assert.equal(checkParams({ name: '😀'.repeat(100).normalize('NFC') }).isValid, true)
  })

  test('refuses 101 code points', () => {
    assertRefused(checkParams({ name: '😀'.repeat(101).normalize('NFC') }), '/name', NAME_MESSAGE)
    assertRefused(checkParams({ name: 'a'.repeat(101) }), '/name', NAME_MESSAGE)
  })

  test('counts a name after NFC normalization', () => {
    const decomposed = 'e\u0301'.repeat(100)
    assert.equal(checkParams({ name: decomposed.normalize('NFC') }).isValid, true)
    assert.equal(checkParams({ name: decomposed }).isValid, false, '200 code points before normalization')
  })

  test('accepts ordinary names, inner spaces and scripts of every kind', () => {
    for (const name of ['a', 'fred', 'Fred Smith', 'Zoë', '名前', 'Ａ', 'O\'Brien', 'a.b-c_d']) {
      assert.equal(checkParams({ name }).isValid, true, name)
    }
  })

  test('refuses an empty name', () => {
    assertRefused(checkParams({ name: '' }), '/name')
  })

  test('refuses a slash anywhere', () => {
    for (const name of ['/', 'a/b', '/fred', 'fred/']) assertRefused(checkParams({ name }), '/name', NAME_MESSAGE)
  })

  test('refuses control characters anywhere', () => {
    for (const name of ['a\u0000b', 'a\tb', 'a\nb', 'fred\u007f', 'a\u0085b', '\u001bfred']) {
      assertRefused(checkParams({ name }), '/name', NAME_MESSAGE)
    }
  })

  test('refuses white space at either end', () => {
    for (const name of [' fred', 'fred ', ' ', '\u00a0fred', 'fred\u3000', '\u2003fred', '\ufefffred', 'fred\u2028']) {
      assertRefused(checkParams({ name }), '/name', NAME_MESSAGE)
    }
  })
})

describe('emails', () => {
  test('accepts plain and internationalized addresses', () => {
    for (const email of ['a@b.c', '用户@例子.广告', 'fred@example.com', 'fred+tag@mail.example.co.uk']) {
      assert.equal(checkBody({ email }).isValid, true, email)
    }
  })

  test('refuses what is not an address', () => {
    for (const email of ['x', 'a@b', 'a b@c.d', '', '@b.c', 'a@.c', 'a@b.', 'a@@b.c', 'a@b.c\u0000']) {
      assertRefused(checkBody({ email }), '/email', EMAIL_MESSAGE)
    }
  })
})

describe('comments', () => {
  test('accepts tabs, newlines and emoji', () => {
    for (const comment of ['tab\there', 'two\nlines', 'windows\r\nlines', 'Likes tea 🍵', '']) {
      assert.equal(checkBody({ email: 'a@b.c', comment }).isValid, true, JSON.stringify(comment))
    }
  })

  test('accepts null', () => {
    assert.equal(checkBody({ email: 'a@b.c', comment: null }).isValid, true)
  })

  test('refuses NUL and other control characters', () => {
    for (const comment of ['a\u0000b', 'bell\u0007', 'escape\u001b[0m']) {
      assertRefused(checkBody({ email: 'a@b.c', comment }), '/comment')
    }
  })

  test('allows 1000 code points and refuses 1001', () => {
    assert.equal(checkBody({ email: 'a@b.c', comment: 'x'.repeat(1000) }).isValid, true)
    assert.equal(checkBody({ email: 'a@b.c', comment: '🍵'.repeat(1000) }).isValid, true)
    assertRefused(checkBody({ email: 'a@b.c', comment: 'x'.repeat(1001) }), '/comment')
  })
})

describe('bodies', () => {
  test('refuses an unknown field', () => {
    assertRefused(checkBody({ email: 'a@b.c', nickname: 'freddy' }), '/nickname', 'is not allowed')
  })

  test('accepts a name in the body, which the route compares with the URL', () => {
    assert.equal(checkBody({ name: 'fred', email: 'a@b.c' }).isValid, true)
    assertRefused(checkBody({ name: 'a/b', email: 'a@b.c' }), '/name', NAME_MESSAGE)
  })

  test('never coerces a body value to the expected type', () => {
    const checkQueryAsBody = compile(PeopleQuery, 'body')
    assertRefused(checkQueryAsBody({ limit: '20' }), '/limit')
    assertRefused(checkBody({ email: 'a@b.c', comment: 42 }), '/comment')
    assertRefused(checkBody({ email: ['a@b.c'] }), '/email')
  })

  test('a merge patch may leave out every field and may clear the comment', () => {
    assert.equal(checkPatch({}).isValid, true)
    assert.equal(checkPatch({ comment: null }).isValid, true)
    assert.equal(checkPatch({ email: 'a@b.c' }).isValid, true)
  })

  test('a merge patch cannot remove the email', () => {
    assertRefused(checkPatch({ email: null }), '/email')
  })
})

describe('list query strings', () => {
  test('turns the text "20" into the number 20', () => {
    const query: Record<string, unknown> = { limit: '20' }
    assert.equal(checkQuery(query).isValid, true)
    assert.equal(query.limit, 20)
  })

  test('fills in limit 20 when it is absent', () => {
    const query: Record<string, unknown> = {}
    assert.equal(checkQuery(query).isValid, true)
    assert.equal(query.limit, 20)
  })

  test('refuses a limit outside 1–100 or not a whole number', () => {
    for (const limit of ['0', '101', '-1', '2.5', 'ten', '']) assertRefused(checkQuery({ limit }), '/limit')
    assert.equal(checkQuery({ limit: '100' }).isValid, true)
    assert.equal(checkQuery({ limit: '1' }).isValid, true)
  })

  test('refuses an unknown parameter', () => {
    assertRefused(checkQuery({ limit: '20', page: '2' }), '/page', 'is not allowed')
  })
})

test('refuses the names "." and "..", which no URL can reach, but not names that merely contain dots', () => {
  assertRefused(checkParams({ name: '.' }), '/name', NAME_MESSAGE)
  assertRefused(checkParams({ name: '..' }), '/name', NAME_MESSAGE)
  for (const name of ['...', 'j.r.r.', '.a', 'a.', '.a.', '.🍵', 'a']) assert.equal(checkParams({ name }).isValid, true, name)
})
