// Baseline B: Fastify and node:sqlite with none of the app's features, on the same schema and pragmas: what storage alone costs.
import Fastify from 'fastify'
import { found, HEALTHY, NOT_FOUND, openBaselineStore } from './baseline-store.ts'
import type { PersonBody } from './baseline-store.ts'
import { exitOnSigterm, LISTEN } from './server-process.ts'

const store = openBaselineStore()
const app = Fastify({ logger: false })
app.get('/health', async () => HEALTHY)

app.get<{ Params: { name: string } }>('/v1/people/:name', async (request, reply) => {
  const row = store.find(request.params.name)
  if (row === undefined) return await reply.code(404).send(NOT_FOUND)
  return found(row)
})

app.put<{ Params: { name: string }, Body: PersonBody }>('/v1/people/:name', async (request) => found(store.put(request.params.name, request.body)))

await app.listen(LISTEN)
exitOnSigterm(async () => {
  await app.close()
  store.close()
})
