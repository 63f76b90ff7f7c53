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
  flushSync: () => void
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

  /** `fd` is where the lines go: standard output unless a test gives another. */
  constructor (fd = STDOUT) {
    this.#sink = pino.destination({ dest: fd, sync: false, contentMode: 'buffer' }) as unknown as ByteSink
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
    this.#sink.write(Buffer.from(this.#lines.join('')))
    this.#lines = []
    this.#characters = 0
  }

  /** Writes everything still waiting before this returns: for the moment before the process exits. */
  flushSync (): void {
    this.flush()
    this.#sink.flushSync()
  }
}
