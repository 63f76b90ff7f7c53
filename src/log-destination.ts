// Where the log goes: lines gathered into batches, which sonic-boom writes to stdout away from the request path.
import pino from 'pino'

const BATCH_CHARACTERS = 4096
const FLUSH_EVERY_MS = 250
const STDOUT = 1

/**
 * sonic-boom in its byte mode, as this class uses it. Its type declarations
 * describe only its text mode, whose write takes a string.
 */
interface ByteSink {
  write: (bytes: Buffer) => boolean
  /** After each write that the operating system took, with how many bytes it took. */
  on: (event: 'write', listener: (bytes: number) => void) => unknown
}

/**
 * sonic-boom (pino's destination) measures all the text it holds on every
 * write, so the more lines wait for a write, the more each new line costs:
 * about 5 µs a line with 4 KiB waiting. Gathering lines in an array and
 * handing them over joined costs 0.4 µs a line (docs/14-performance.md).
 * sonic-boom still does the writing, with its handling of slow pipes and
 * partial writes.
 */
export class LogDestination {
  // Bytes, not text: after every write of text, sonic-boom copies the whole
  // text into a new Buffer to find where the write ended. Under load those
  // copies piled up faster than the collector freed them, 2 MB a second and
  // 15 MB at the peak (docs/14-performance.md); one Buffer per batch, made
  // here, is all the byte mode needs.
  readonly #sink: ByteSink
  #lines: string[] = []
  #characters = 0
  /** Bytes handed to sonic-boom that the operating system has not taken yet. */
  #unwritten = 0
  #whenAllWritten: Array<() => void> = []

  /** `fd` is where the lines go: standard output unless a test gives another. */
  constructor (fd = STDOUT) {
    this.#sink = pino.destination({ dest: fd, sync: false, contentMode: 'buffer' }) as unknown as ByteSink
    this.#sink.on('write', (bytes) => {
      this.#unwritten -= bytes
      if (this.#unwritten <= 0) for (const resolve of this.#whenAllWritten.splice(0)) resolve()
    })
    // A quiet server's lines still go out within a quarter of a second.
    setInterval(() => { this.flush() }, FLUSH_EVERY_MS).unref()
  }

  /** pino calls this with each line. */
  write (line: string): void {
    this.#lines.push(line)
    this.#characters += line.length
    if (this.#characters >= BATCH_CHARACTERS) this.flush()
  }

  flush (): void {
    if (this.#lines.length === 0) return
    const bytes = Buffer.from(this.#lines.join(''))
    this.#lines = []
    this.#characters = 0
    this.#unwritten += bytes.length
    this.#sink.write(bytes)
  }

  /**
   * Resolves once every line, waiting here or already with sonic-boom, has
   * been written, or after `withinMs` if the output takes none: for the
   * moment before the process exits. Not sonic-boom's flushSync, which does
   * not wait for a write it has already handed to Node's thread pool: when
   * the pool is busy, that write lands after the ones flushSync makes, and
   * an exit before the pool gets to it loses it.
   */
  async drain (withinMs: number): Promise<void> {
    this.flush()
    if (this.#unwritten <= 0) return
    await new Promise<void>(resolve => {
      const timer = setTimeout(resolve, withinMs)
      this.#whenAllWritten.push(() => {
        clearTimeout(timer)
        resolve()
      })
    })
  }
}
