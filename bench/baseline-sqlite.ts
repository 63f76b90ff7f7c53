// Baseline B: Fastify and node:sqlite with none of the app's features, on the same schema and pragmas: what storage alone costs.
import { DatabaseSync } from 'node:sqlite'
import Fastify from 'fastify'

interface PersonRow { name: string, email: string, comment: string | null }
interface PersonBody { email: string, comment?: string | null }

const path = process.env.DATABASE_PATH
if (path === undefined) throw new Error('DATABASE_PATH names the seeded SQLite file')
const db = new DatabaseSync(path)
// The pragmas of src/storage/sqlite/index.ts.
db.exec('PRAGMA journal_mode = WAL')
db.exec('PRAGMA synchronous = NORMAL')
db.exec('PRAGMA busy_timeout = 5000')
const findOne = db.prepare('SELECT name, email, comment FROM people WHERE name = ?')
const upsert = db.prepare(`INSERT INTO people (name, email, comment, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (name) DO UPDATE SET email = excluded.email, comment = excluded.comment, updated_at = excluded.updated_at`)

const app = Fastify({ logger: false })
app.get('/health', async () => ({ status: 'ok' }))

app.get<{ Params: { name: string } }>('/v1/people/:name', async (request, reply) => {
  const row = findOne.get(request.params.name) as PersonRow | undefined
  if (row === undefined) return await reply.code(404).send({ status: 'error', message: 'Person does not exist' })
  return { status: 'ok', result: row }
})

// One autocommit statement: no transaction around a read, no condition, no ETag.
app.put<{ Params: { name: string }, Body: PersonBody }>('/v1/people/:name', async (request) => {
  const { name } = request.params
  const now = new Date().toISOString()
  const comment = request.body.comment ?? null
  upsert.run(name, request.body.email, comment, now, now)
  return { status: 'ok', result: { name, email: request.body.email, comment } }
})

await app.listen({ host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 0) })
process.once('SIGTERM', () => {
  app.close().then(() => { db.close(); process.exit(0) }, () => process.exit(1))
})
