// The real server with tracing asked for by OTEL_TRACES_EXPORTER=console, and without: it prints the span of the incoming trace, or loads no part of the tracing.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from 'node:test'
import { waitFor } from '../wait-for.ts'
import { ADMIN_KEY, HOST, makeTempDir, removeTempDir, startServer } from '../reliability/server-process.ts'
import type { ServerProcess } from '../reliability/server-process.ts'

const TRACE_ID = '0af7651916cd43dd8448eb211c80319c'
const RECORD_IMPORTS = join(import.meta.dirname, 'record-imports.ts')

/** Starts the server with `env`, sends one traced request, stops it with SIGTERM; answers its output and the modules it loaded. */
async function runServer (env: Record<string, string>, waitForOutput: (output: string) => boolean): Promise<{ output: string, imports: string[] }> {
  const dir = await makeTempDir()
  const importsFile = join(dir, 'imports.txt')
  let server: ServerProcess | undefined
  try {
    server = await startServer({
      databasePath: join(dir, 'db.sqlite'),
      env: { LOG_LEVEL: 'info', NODE_OPTIONS: `--import=${RECORD_IMPORTS}`, IMPORTS_FILE: importsFile, ...env }
    })
    const answer = await fetch(`http://${HOST}:${server.port}/v1/people/nobody`, {
      headers: { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json', traceparent: `00-${TRACE_ID}-b7ad6b7169203331-01` }
    })
    assert.equal(answer.status, 404)
    const running = server
    await waitFor('the request in the output', () => waitForOutput(running.output()), 10_000)
    server.child.kill('SIGTERM')
    const exit = await server.exited
    assert.equal(exit.code, 0, server.output())
    return { output: server.output(), imports: (await readFile(importsFile, 'utf8')).split('\n') }
  } finally {
    if (server !== undefined && server.child.exitCode === null) server.child.kill('SIGKILL')
    await removeTempDir(dir)
  }
}

function requestLine (output: string): Record<string, unknown> | undefined {
  const line = output.split('\n').find(text => text.includes('"msg":"request"') && text.includes('/v1/people/nobody'))
  return line === undefined ? undefined : JSON.parse(line) as Record<string, unknown>
}

test('with OTEL_TRACES_EXPORTER=console, the server prints the request\'s span in the incoming trace, and its log line names it', async () => {
  const spanPrinted = (output: string): boolean => output.includes(`traceId: '${TRACE_ID}'`) && output.includes("name: 'GET /v1/people/:name'")
  const { output, imports } = await runServer({ OTEL_TRACES_EXPORTER: 'console' }, output => spanPrinted(output) && requestLine(output) !== undefined)

  assert.ok(output.includes("name: 'store people.find'"), 'the store call is printed too')
  const line = requestLine(output)
  assert.equal(line?.traceId, TRACE_ID)
  assert.match(String(line?.spanId), /^[0-9a-f]{16}$/)
  assert.ok(imports.some(url => url.includes('/@opentelemetry/sdk-node/')))
})

test('without OTEL_TRACES_EXPORTER, the server loads neither the OpenTelemetry SDK nor an instrumentation, and its log lines carry no trace', async () => {
  const { output, imports } = await runServer({}, output => requestLine(output) !== undefined)

  assert.equal(requestLine(output)?.traceId, undefined)
  assert.ok(!output.includes(TRACE_ID))
  // The API alone is loaded, by prom-client, which could label its CPU
  // counters with trace ids: a few no-op objects, called by nothing here.
  const loaded = imports.filter(url => /@opentelemetry\/(?!api\/)|@fastify\/otel|import-in-the-middle/.test(url))
  assert.deepEqual(loaded, [])
  assert.ok(imports.some(url => url.includes('/fastify/')), 'the recorder saw the app load')
})
