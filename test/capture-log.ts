// A pino logger that keeps its lines in memory, for tests that check what was logged.
import { Writable } from 'node:stream'
import pino from 'pino'

export type LogLine = Record<string, unknown>

export interface CapturedLog {
  logger: pino.Logger
  text: () => string
  lines: () => LogLine[]
}

/**
 * `level` 'trace' logs everything a request can log, as the tests for secrets
 * in logs need; `options` are any other pino options, such as a fixed timestamp.
 */
export function captureLog (level = 'info', options: pino.LoggerOptions = {}): CapturedLog {
  const chunks: string[] = []
  const stream = new Writable({
    write (chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString())
      done()
    }
  })
  const text = (): string => chunks.join('')
  return {
    logger: pino({ level, ...options }, stream),
    text,
    lines: () => text().trim().split('\n').filter(Boolean).map(line => JSON.parse(line) as LogLine)
  }
}

/** The lines that report a dependency's change of state, as `dependency state`, in order. */
export function stateChanges (lines: readonly LogLine[], dependency?: string): string[] {
  return lines
    .filter(line => typeof line.dependency === 'string' && (dependency === undefined || line.dependency === dependency))
    .map(line => `${String(line.dependency)} ${String(line.state)}`)
}
