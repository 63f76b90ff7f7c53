// Checks every response the features see against the OpenAPI documents: an undocumented status, media type, header or field fails the scenario.
import { decode } from '@msgpack/msgpack'
import { Ajv2020 } from 'ajv/dist/2020.js'
import type { ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import type { HttpClient, HttpRequest, HttpResponse } from './http-client.ts'

type Json = Record<string, any>

// The headers this API sets itself; each must be described where it is sent.
const OUR_HEADERS = ['etag', 'location', 'link', 'ratelimit', 'ratelimit-policy', 'retry-after', 'www-authenticate', 'deprecation', 'sunset', 'x-request-id', 'allow']
// Routes that describe the API or the instance rather than belong to the API:
// the docs, the OpenAPI documents, the metrics, which Prometheus reads, and the
// roots that send browsers to the docs.
const META = /^\/(docs|metrics|v\d+\/openapi\.(json|yaml))(\/|$|#|\?)|^\/(v\d+\/?)?$/

const documents: Record<string, Json> = Object.fromEntries(['v1', 'v2'].map(version =>
  [version, JSON.parse(readFileSync(new URL(`../../openapi/${version}.json`, import.meta.url), 'utf8')) as Json]))

const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats.default(ajv)
for (const [version, document] of Object.entries(documents)) ajv.addSchema(document, version)
const validators = new Map<string, ValidateFunction>()

function validatorAt (version: string, pointer: string): ValidateFunction {
  const ref = `${version}#${pointer}`
  let validate = validators.get(ref)
  if (validate === undefined) {
    validate = ajv.compile({ $ref: ref })
    validators.set(ref, validate)
  }
  return validate
}

const escape = (segment: string): string => segment.replaceAll('~', '~0').replaceAll('/', '~1')

function templateMatches (template: string, path: string): boolean {
  const pattern = '^' + template.split('/').map(part => part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('/') + '$'
  return new RegExp(pattern).test(path)
}

function parseBody (mediaType: string, response: HttpResponse): unknown {
  if (mediaType.endsWith('json')) return JSON.parse(response.text)
  if (mediaType === 'application/yaml') return parseYaml(response.text)
  if (mediaType.includes('msgpack')) return decode(response.body)
  return undefined
}

export function assertMatchesContract (request: HttpRequest, response: HttpResponse): void {
  const [requested = ''] = request.path.split('?')
  if (META.test(requested)) return
  // The API ignores a slash at the end of a path, and so does its description.
  const path = requested.length > 1 ? requested.replace(/\/$/, '') : requested
  const version = path.startsWith('/v2') ? 'v2' : 'v1'
  const document = documents[version] ?? {}
  const problems: string[] = []
  const where = `${request.method} ${request.path} → ${response.status}`

  const template = Object.keys(document.paths).find(candidate => templateMatches(candidate, path))
  const method = request.method === 'HEAD' ? 'get' : request.method.toLowerCase()
  const operation: Json | undefined = template === undefined ? undefined : document.paths[template][method]
  if (operation === undefined) {
    // Not an operation: an unknown route or method, answered with the error schema.
    const allowed = template === undefined ? [404, 400] : [405, 401, 503, 204, 429]
    if (!allowed.includes(response.status)) problems.push(`undocumented ${template === undefined ? 'route' : 'method'}`)
    if (response.text !== '' && request.method !== 'HEAD' && response.status >= 400) {
      const schema = version === 'v2' ? '/components/schemas/Problem' : '/components/schemas/ErrorEnvelope'
      const mediaType = (response.headers['content-type'] ?? '').split(';')[0] ?? ''
      const validate = validatorAt(version, schema)
      const body = parseBody(mediaType, response)
      if (!validate(body)) problems.push(`body does not match ${schema}: ${ajv.errorsText(validate.errors)}`)
    }
  } else {
    const pointer = `/paths/${escape(template ?? '')}/${method}/responses/${response.status}`
    const described: Json | undefined = operation.responses[String(response.status)] ?? operation.responses.default
    if (described === undefined) {
      problems.push('undocumented status')
    } else {
      for (const name of OUR_HEADERS) {
        const isDescribed = Object.keys(described.headers ?? {}).some(header => header.toLowerCase() === name)
        if (response.headers[name] !== undefined && !isDescribed && !(name === 'allow' && response.status === 405)) problems.push(`undocumented header ${name}`)
      }
      const mediaType = (response.headers['content-type'] ?? '').split(';')[0]?.trim() ?? ''
      const hasBody = response.text !== '' && request.method !== 'HEAD'
      if (hasBody && described.content?.[mediaType] === undefined) problems.push(`undocumented media type ${mediaType}`)
      if (hasBody && described.content?.[mediaType]?.schema !== undefined) {
        const body = parseBody(mediaType, response)
        const validate = validatorAt(version, `${pointer}/content/${escape(mediaType)}/schema`)
        if (body !== undefined && !validate(body)) problems.push(`body does not match its schema: ${ajv.errorsText(validate.errors)}`)
      }
    }
  }
  if (problems.length > 0) throw new Error(`Not as the OpenAPI document describes it (${where}): ${problems.join('; ')}\n${response.text.slice(0, 300)}`)
}

/** The same client, checking every response it receives against the contract. */
export function checkedAgainstContract (client: HttpClient): HttpClient {
  return {
    async send (request) {
      const response = await client.send(request)
      assertMatchesContract(request, response)
      return response
    }
  }
}
