// HTTP over a loopback socket, for what inject() cannot test: Node's own header limit, raw bytes and slow clients.
import { request } from 'node:http'
import type { IncomingHttpHeaders } from 'node:http'
import { connect } from 'node:net'
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'

export const LOOPBACK = '127.0.0.1'

/** Listens on a free loopback port and answers the port. */
export async function listenOnLoopback (app: FastifyInstance): Promise<number> {
  await app.listen({ host: LOOPBACK, port: 0 })
  return (app.server.address() as AddressInfo).port
}

export interface HttpAnswer {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
}

/** One request with node:http on a connection of its own; rejects if the connection fails or times out. */
export async function httpRequest (port: number, options: { method?: string, path: string, headers?: Record<string, string>, body?: string | Buffer, timeoutMs?: number }): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: LOOPBACK,
      port,
      method: options.method ?? 'GET',
      path: options.path,
      headers: options.headers ?? {},
      agent: false,
      timeout: options.timeoutMs ?? 5000
    }, res => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', reject)
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('timeout', () => req.destroy(new Error('the request timed out')))
    req.on('error', reject)
    req.end(options.body)
  })
}

export interface RawExchange {
  /** The bytes the server sent, read as latin1 so that none is lost. */
  received: string
  /** The status code of the first response, if one began. */
  status: number | undefined
  /** Whether the connection closed before the deadline. */
  closed: boolean
  /** The socket error, if there was one: a reset after an early answer is normal. */
  error: string | undefined
  ms: number
}

function statusOf (received: string): number | undefined {
  const match = /^HTTP\/1\.1 (\d{3}) /.exec(received)
  return match?.[1] === undefined ? undefined : Number(match[1])
}

/**
 * Opens a connection, writes `first`, then `trickle` one byte every
 * `intervalMs` (a slowloris client never finishes), and waits until the server
 * closes the connection or `deadlineMs` passes.
 */
export async function rawExchange (port: number, first: string | Buffer, options: { trickle?: string, intervalMs?: number, deadlineMs?: number } = {}): Promise<RawExchange> {
  const { trickle = '', intervalMs = 100, deadlineMs = 5000 } = options
  const started = performance.now()
  return new Promise(resolve => {
    const socket = connect(port, LOOPBACK)
    const chunks: Buffer[] = []
    let error: string | undefined
    let sent = 0
    let timer: NodeJS.Timeout | undefined
    const finish = (closed: boolean): void => {
      clearInterval(timer)
      clearTimeout(deadline)
      const received = Buffer.concat(chunks).toString('latin1')
      resolve({ received, status: statusOf(received), closed, error, ms: performance.now() - started })
    }
    const deadline = setTimeout(() => {
      socket.removeAllListeners('close')
      socket.destroy()
      finish(false)
    }, deadlineMs)
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('error', (cause: NodeJS.ErrnoException) => { error = cause.code ?? String(cause) })
    socket.on('close', () => finish(true))
    socket.on('connect', () => {
      socket.write(first)
      if (trickle === '') return
      timer = setInterval(() => {
        if (socket.destroyed) return
        socket.write(trickle[sent % trickle.length] ?? ' ')
        sent++
      }, intervalMs)
    })
  })
}
