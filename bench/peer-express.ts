// A peer users would pick instead: a minimal Express 5 handler over baseline B's statements, none of the app's features.
import express from 'express'
import { found, HEALTHY, NOT_FOUND, openBaselineStore } from './baseline-store.ts'
import type { PersonBody } from './baseline-store.ts'
import { exitOnSigterm, LISTEN } from './server-process.ts'

const store = openBaselineStore()
const app = express()
// No features, as in B: Express's default weak ETag (a hash of every body it sends) and its X-Powered-By header are off.
app.set('etag', false)
app.disable('x-powered-by')
app.get('/health', (_request, response) => { response.json(HEALTHY) })

app.get('/v1/people/:name', (request, response) => {
  const row = store.find(request.params.name)
  if (row === undefined) response.status(404).json(NOT_FOUND)
  else response.json(found(row))
})

app.put('/v1/people/:name', express.json(), (request, response) => {
  response.json(found(store.put(request.params.name, request.body as PersonBody)))
})

const server = app.listen(LISTEN.port, LISTEN.host)
exitOnSigterm(async () => {
  await new Promise(resolve => server.close(resolve))
  store.close()
})
