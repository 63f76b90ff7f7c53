// Checks that an error answer is in the contract's format: the v1 envelope as negotiated, or v2's problem details.
import assert from 'node:assert/strict'
import { decode } from '@msgpack/msgpack'
import { Ajv } from 'ajv'
import { parse as parseYaml } from 'yaml'
import { ErrorEnvelope } from '../../src/responses/envelope.ts'
import { Problem } from '../../src/responses/problem-details.ts'

// The very schemas the app documents its errors with, so the check cannot drift from the OpenAPI description.
const ajv = new Ajv({ allErrors: true, strict: false })
const isErrorEnvelope = ajv.compile(ErrorEnvelope)
const isProblem = ajv.compile(Problem)

export interface Answer {
  statusCode: number
  headers: Record<string, string | string[] | number | undefined>
  rawPayload: Buffer
}

/** The path as the server sees it: inject() and every client resolve `.` and `..` segments (WHATWG URL). */
export function pathSeenByServer (url: string): string {
  return new URL(url, 'http://localhost').pathname
}

/** docs/contract.md §2: errors under /v2 are problem details; everywhere else (v1, /admin, no route at all) the v1 envelope. */
export function isV2Path (path: string): boolean {
  return path === '/v2' || path.startsWith('/v2/')
}

/** Reads a body in whichever data format its Content-Type names. */
export function decodeBody (contentType: string, body: Buffer): unknown {
  const mediaType = contentType.split(';')[0]?.trim() ?? ''
  if (mediaType === 'application/json' || mediaType === 'application/problem+json') return JSON.parse(body.toString('utf8'))
  if (mediaType === 'application/yaml') return parseYaml(body.toString('utf8'))
  if (mediaType === 'application/msgpack' || mediaType === 'application/vnd.msgpack') return decode(body)
  throw new Error(`not a data format: ${contentType}`)
}

/** Asserts that a 4xx or 5xx answer to `method url` is an error in the contract's format; `label` names the request in failures. */
export function assertErrorFormat (method: string, url: string, answer: Answer, label = `${method} ${url}`): void {
  const contentType = String(answer.headers['content-type'] ?? '')
  // RFC 9110 §9.3.2: a HEAD answer has the GET answer's headers and no body.
  if (method === 'HEAD') return
  const text = answer.rawPayload.toString('utf8').slice(0, 300)
  if (isV2Path(pathSeenByServer(url))) {
    assert.equal(contentType, 'application/problem+json', `${label}: a v2 error must be problem+json, got ${contentType}: ${text}`)
    const problem = decodeBody(contentType, answer.rawPayload)
    assert.ok(isProblem(problem), `${label}: not RFC 9457 problem details: ${text}`)
    assert.equal(problem.status, answer.statusCode, `${label}: the problem's status differs from the HTTP status`)
    return
  }
  let envelope: unknown
  try {
    envelope = decodeBody(contentType, answer.rawPayload)
  } catch (error) {
    assert.fail(`${label}: the error body cannot be read as ${contentType}: ${String(error)}: ${text}`)
  }
  assert.ok(isErrorEnvelope(envelope), `${label}: not the v1 error envelope: ${text}`)
}
