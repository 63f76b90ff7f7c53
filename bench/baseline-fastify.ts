// Baseline A: bare Fastify answering a constant person at the app's paths, the ceiling any Fastify app on this machine can reach.
import Fastify from 'fastify'
import { exitOnSigterm, LISTEN } from './server-process.ts'

const PERSON = { status: 'ok', result: { name: 'person-0000001', email: 'person-0000001@example.org', comment: 'seeded for the benchmark' } }
const PAGE = { status: 'ok', result: [PERSON.result], next: null }

const app = Fastify({ logger: false })
app.get('/health', async () => ({ status: 'ok' }))
app.get('/v1/people', async () => PAGE)
app.get('/v1/people/:name', async () => PERSON)
app.put('/v1/people/:name', async () => PERSON)

await app.listen(LISTEN)
exitOnSigterm(async () => await app.close())
