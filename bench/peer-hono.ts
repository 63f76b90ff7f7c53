// A peer users would pick instead: a minimal Hono handler on @hono/node-server over baseline B's statements, none of the app's features.
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { found, HEALTHY, NOT_FOUND, openBaselineStore } from './baseline-store.ts'
import type { PersonBody } from './baseline-store.ts'
import { exitOnSigterm, LISTEN } from './server-process.ts'

const store = openBaselineStore()
const app = new Hono()
app.get('/health', context => context.json(HEALTHY))

app.get('/v1/people/:name', context => {
  const row = store.find(context.req.param('name'))
  return row === undefined ? context.json(NOT_FOUND, 404) : context.json(found(row))
})

app.put('/v1/people/:name', async context => context.json(found(store.put(context.req.param('name'), await context.req.json<PersonBody>()))))

const server = serve({ fetch: app.fetch, hostname: LISTEN.host, port: LISTEN.port })
exitOnSigterm(async () => {
  await new Promise(resolve => server.close(resolve))
  store.close()
})
