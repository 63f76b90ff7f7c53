// A tiny TCP proxy for tests: put it between the app and PostgreSQL, then cut or freeze the line to play a database that goes away or hangs.
import net from 'node:net'
import type { AddressInfo } from 'node:net'

export class TcpProxy {
  readonly #target: { host: string, port: number }
  readonly #server = net.createServer(socket => { this.#pass(socket) })
  readonly #sockets = new Set<net.Socket>()
  #isFrozen = false
  port = 0

  constructor (target: { host: string, port: number }) {
    this.#target = target
  }

  /** Listens on a free loopback port the first time, and on the same one after a cut. */
  async open (): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject)
      this.#server.listen(this.port, '127.0.0.1', () => {
        this.#server.off('error', reject)
        resolve()
      })
    })
    this.port = (this.#server.address() as AddressInfo).port
  }

  /** The database goes away: open connections are dropped and new ones refused. */
  async cut (): Promise<void> {
    const closed = new Promise<void>(resolve => this.#server.close(() => resolve()))
    for (const socket of this.#sockets) socket.destroy()
    await closed
  }

  /** The database hangs: connections are accepted and kept, but nothing passes either way. */
  freeze (): void {
    this.#isFrozen = true
    for (const socket of this.#sockets) socket.pause()
  }

  thaw (): void {
    this.#isFrozen = false
    for (const socket of this.#sockets) socket.resume()
  }

  #pass (client: net.Socket): void {
    const server = net.connect(this.#target.port, this.#target.host)
    for (const [from, to] of [[client, server], [server, client]] as const) {
      this.#sockets.add(from)
      if (this.#isFrozen) from.pause()
      from.on('data', chunk => to.write(chunk))
      from.on('end', () => to.end())
      from.on('error', () => to.destroy())
      from.on('close', () => {
        this.#sockets.delete(from)
        to.destroy()
      })
    }
  }
}
