// Remembers whose key a connection sent last, so that a kept-alive connection sending it again is not hashed again.
import type { Socket } from 'node:net'
import type { Caller } from './key-ring.ts'

interface Remembered {
  header: string
  /** The key ring's keys that checked it: a reload means a key was created or revoked since. */
  keys: object
  caller: Caller
}

/**
 * A client on a kept-alive connection sends the same Authorization header
 * with every request, and checking a key means parsing it, a SHA-256 and a
 * lookup: about 9,000 instructions as valgrind counts them, the hash alone
 * 0.23 µs natively, where OpenSSL uses the processor's SHA instructions that
 * valgrind hides. Each connection remembers the
 * header it last sent and the caller it turned out to be, for as long as the
 * key ring holds the keys that checked it: a revoked key stops working on
 * open connections as soon as the ring reloads, as it does on new ones.
 *
 * Comparing a header with what the same connection sent before tells a
 * client nothing it did not already know. The raw key stays where it
 * already was, with the connection that carried it, and goes when the
 * connection closes (a WeakMap holds nothing alive).
 */
export class ConnectionCallers {
  readonly #remembered = new WeakMap<Socket, Remembered>()

  recall (connection: Socket, header: string, keys: object): Caller | undefined {
    const remembered = this.#remembered.get(connection)
    if (remembered === undefined || remembered.header !== header || remembered.keys !== keys) return undefined
    return remembered.caller
  }

  remember (connection: Socket, header: string, keys: object, caller: Caller): void {
    this.#remembered.set(connection, { header, keys, caller })
  }
}
