// A small node:http client that also says when a request has been handed to the OS, which fetch cannot.
import { request } from 'node:http'
import type { Agent, IncomingHttpHeaders } from 'node:http'
import { ADMIN_KEY, HOST } from './server-process.ts'

export interface Reply {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

/** Keeps a request in flight on the server for as long as the test wants. */
export interface HoldOpen {
  /** Called when the server has taken the request in: it answered `Expect: 100-continue`. */
  onTakenIn: () => void
  /** The second half of the body is sent once this settles. */
  until: Promise<unknown>
}

export interface SendOptions {
  port: number
  method: 'GET' | 'PUT'
  path: string
  /** A keep-alive agent, or false for a connection of its own that closes after the reply. */
  agent: Agent | false
  body?: unknown
  /** Called once the whole request has been written to the socket. */
  onSent?: () => void
  holdOpen?: HoldOpen
  timeoutMs?: number
}

/** A response had begun (status line received) and then broke off: never acceptable, even while stopping. */
export class IncompleteResponseError extends Error {
  override readonly name = 'IncompleteResponseError'
}

/** How a request ended, in one word: the status, or the error code of a failed connection. */
export function describeFailure (error: unknown): string {
  if (error instanceof IncompleteResponseError) return 'incomplete response'
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code ?? String(error)
}

/** Resolves with a complete response; rejects on any connection error, reset or timeout. */
export async function send (options: SendOptions): Promise<Reply> {
  const payload = options.body === undefined ? undefined : Buffer.from(JSON.stringify(options.body), 'utf8')
  const { holdOpen } = options
  return new Promise((resolve, reject) => {
    let hasResponse = false
    const req = request({
      host: HOST,
      port: options.port,
      method: options.method,
      path: options.path,
      agent: options.agent,
      headers: {
        authorization: `Bearer ${ADMIN_KEY}`,
        // docs/contract.md §4: a v1 GET that does not name a data format is sent to the docs (303).
        accept: 'application/json',
        ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': payload.length }),
        // Node's server answers 100 Continue as it hands the request to the app (RFC 9110 §10.1.1).
        ...(holdOpen === undefined ? {} : { expect: '100-continue' })
      },
      timeout: options.timeoutMs ?? 5000
    }, res => {
      hasResponse = true
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', error => reject(new IncompleteResponseError('the response broke off', { cause: error })))
      res.on('end', () => {
        // A body cut short by a closing socket may still end; `complete` tells the two apart.
        if (!res.complete) reject(new IncompleteResponseError('the response was cut short'))
        else resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') })
      })
    })
    req.on('finish', () => options.onSent?.())
    req.on('timeout', () => req.destroy(new Error('the request timed out')))
    req.on('error', error => reject(hasResponse ? new IncompleteResponseError('the response broke off', { cause: error }) : error))
    if (holdOpen === undefined || payload === undefined) {
      req.end(payload)
      return
    }
    req.flushHeaders()
    req.once('continue', () => {
      const half = Math.floor(payload.length / 2)
      req.write(payload.subarray(0, half))
      holdOpen.onTakenIn()
      const sendRest = (): void => { req.end(payload.subarray(half)) }
      holdOpen.until.then(sendRest, sendRest)
    })
  })
}

export function personPath (name: string): string {
  return `/v1/people/${encodeURIComponent(name)}`
}

/** The comment of a stored person, or undefined when the person does not exist. */
export async function readComment (port: number, agent: Agent | false, name: string): Promise<string | null | undefined> {
  const reply = await send({ port, agent, method: 'GET', path: personPath(name) })
  if (reply.status === 404) return undefined
  if (reply.status !== 200) throw new Error(`GET ${name} answered ${reply.status}: ${reply.body}`)
  const envelope = JSON.parse(reply.body) as { result: { comment: string | null } }
  return envelope.result.comment
}
