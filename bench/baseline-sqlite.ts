// Baseline B: Fastify and node:sqlite with none of the app's features, on the same schema and pragmas: what storage alone costs.
import Fastify from 'fastify'
import type { FastifyReply } from 'fastify'
import { found, HEALTHY, NOT_FOUND, openBaselineStore } from './baseline-store.ts'
import type { PersonBody } from './baseline-store.ts'
import { exitOnSigterm, LISTEN } from './server-process.ts'

/**
 * The headers the app's contract adds to a person it answers with, each
 * value as long as the app's own. With BASELINE_HEADERS=contract, B sends
 * them as constants, and does nothing else more: the least that any Fastify
 * app keeping the contract can cost, whatever it does to work them out.
 */
const CONTRACT_HEADERS = {
  'x-request-id': '1BG3696j-2xa',
  'content-security-policy': 'default-src \'none\';frame-ancestors \'none\'',
  'cross-origin-resource-policy': 'same-origin',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  vary: 'Accept',
  'ratelimit-policy': '"per-key";q=6000;w=60',
  ratelimit: '"per-key";r=5998;t=60',
  etag: '"UhuQi3XBWc0Zx_O-m0a4hd.json"'
}
/** A read may be cached, but only by the caller, and only after asking again. */
const READ_HEADERS = { ...CONTRACT_HEADERS, 'cache-control': 'private, no-cache' }

const withContractHeaders = process.env.BASELINE_HEADERS === 'contract'
const addHeaders = (reply: FastifyReply, headers: Record<string, string>): void => {
  if (withContractHeaders) reply.headers(headers)
}

const store = openBaselineStore()
const app = Fastify({ logger: false })
app.get('/health', async () => HEALTHY)

app.get<{ Params: { name: string } }>('/v1/people/:name', async (request, reply) => {
  const row = store.find(request.params.name)
  if (row === undefined) return await reply.code(404).send(NOT_FOUND)
  addHeaders(reply, READ_HEADERS)
  return found(row)
})

app.put<{ Params: { name: string }, Body: PersonBody }>('/v1/people/:name', async (request, reply) => {
  addHeaders(reply, CONTRACT_HEADERS)
  return found(store.put(request.params.name, request.body))
})

await app.listen(LISTEN)
exitOnSigterm(async () => {
  await app.close()
  store.close()
})
