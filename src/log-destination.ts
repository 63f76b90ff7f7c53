// Where the log goes: lines gathered into batches, which sonic-boom writes to stdout away from the request path.
import { writeSync } from 'node:fs'
import pino from 'pino'

const BATCH_CHARACTERS = 4096
const FLUSH_EVERY_MS = 250
const STDOUT = 1
const STDERR = 2
// While the output takes nothing, sonic-boom keeps what waits in memory, up
// to this much; what comes past it is dropped.
export const MAX_WAITING_MIB = 8
const MAX_WAITING_BYTES = MAX_WAITING_MIB * 1024 * 1024
const NEWLINE = 0x0a

/**
 * sonic-boom in its byte mode, as this class uses it. Its type declarations
 * describe only its text mode, whose write takes a string.
 */
interface ByteSink {
  write: (bytes: Buffer) => boolean
  /** After each write that the operating system took, with how many bytes it took. */
  on: ((event: 'write', listener: (bytes: number) => void) => unknown) &
  ((event: 'error', listener: (error: NodeJS.ErrnoException) => void) => unknown) &
  /** A batch that would have taken what waits past maxLength, dropped. */
  ((event: 'drop', listener: (bytes: Buffer) => void) => unknown)
  /** What pino calls as the process exits, to write what still waits. */
  flushSync: () => void
}

/** What the operator must hear about the log itself goes to stderr, whose failure leaves nowhere to say it. */
function tellStderr (sentence: string): void {
  try {
    writeSync(STDERR, `${sentence}\n`)
  } catch {}
}

/** Every line ends with one newline: JSON escapes any other. */
function countLines (bytes: Buffer): number {
  let lines = 0
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) lines++
  return lines
}

function linesText (lines: number): string {
  return lines === 1 ? '1 line was' : `${lines} lines were`
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
  /** sonic-boom's, set on each instance: put back once a failing output recovers. */
  readonly #flushSync: () => void
  #lines: string[] = []
  #characters = 0
  /** Bytes handed to sonic-boom that the operating system has not taken yet. */
  #unwritten = 0
  #whenAllWritten: Array<() => void> = []
  #isFailing = false
  #isDropping = false
  #droppedLines = 0
  /** Lines dropped since the output last caught up, said when it does. */
  #droppedSinceCaughtUp = 0

  /** `fd` is where the lines go: standard output unless a test gives another. */
  constructor (fd = STDOUT) {
    this.#sink = pino.destination({ dest: fd, sync: false, contentMode: 'buffer', maxLength: MAX_WAITING_BYTES }) as unknown as ByteSink
    this.#flushSync = this.#sink.flushSync
    this.#sink.on('write', (bytes) => {
      if (this.#isFailing) this.#outputRecovered()
      this.#noLongerWaiting(bytes)
    })
    this.#sink.on('error', (error) => { this.#outputFailed(error) })
    this.#sink.on('drop', (bytes) => { this.#batchDropped(bytes) })
    // A quiet server's lines still go out within a quarter of a second.
    setInterval(() => { this.flush() }, FLUSH_EVERY_MS).unref()
  }

  /** True from a failed write until the output takes one again: for the metrics. */
  get isFailing (): boolean {
    return this.#isFailing
  }

  /** Lines lost since the process started, because MAX_WAITING_BYTES waited: for the metrics. */
  get droppedLines (): number {
    return this.#droppedLines
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
    if (this.#unwritten <= 0 || this.#isFailing) return
    await new Promise<void>(resolve => {
      const timer = setTimeout(resolve, withinMs)
      this.#whenAllWritten.push(() => {
        clearTimeout(timer)
        resolve()
      })
    })
  }

  /** Bytes the output took, or that were dropped: either way, no drain waits for them any more. */
  #noLongerWaiting (bytes: number): void {
    this.#unwritten -= bytes
    if (this.#unwritten > 0) return
    if (this.#isDropping && !this.#isFailing) this.#caughtUp()
    this.#settleDrains()
  }

  #settleDrains (): void {
    for (const resolve of this.#whenAllWritten.splice(0)) resolve()
  }

  /**
   * The log is not worth an outage: when its output fails (a full disk, a
   * closed descriptor), the API goes on answering, says so once on stderr,
   * and keeps up to MAX_WAITING_BYTES of lines for sonic-boom to retry with
   * the next batch. Nobody waits for lines that cannot be written, and
   * pino's flush at exit is turned off, since sonic-boom's would retry such
   * a write for ever and the process would never end.
   */
  #outputFailed (error: NodeJS.ErrnoException): void {
    if (!this.#isFailing) {
      // pino itself ends the log at a broken pipe: its reader is gone for good.
      tellStderr(error.code === 'EPIPE'
        ? 'The log output was closed (EPIPE); no more lines are written.'
        : `The log output failed (${error.code ?? error.message}); lines are kept in memory up to ${MAX_WAITING_MIB} MiB and written once it takes them again.`)
    }
    this.#isFailing = true
    this.#sink.flushSync = () => {}
    this.#settleDrains()
  }

  /**
   * Lines past MAX_WAITING_BYTES are lost: said once when it begins, counted,
   * and not waited for. The count is said once the output has caught up.
   */
  #batchDropped (bytes: Buffer): void {
    if (!this.#isDropping) tellStderr(`The log output is ${MAX_WAITING_MIB} MiB behind; lines are dropped until it catches up.`)
    this.#isDropping = true
    const lines = countLines(bytes)
    this.#droppedLines += lines
    this.#droppedSinceCaughtUp += lines
    this.#noLongerWaiting(bytes.length)
  }

  #outputRecovered (): void {
    this.#isFailing = false
    // sonic-boom's own flushSync is pino's at exit again.
    this.#sink.flushSync = this.#flushSync
    tellStderr('The log output takes lines again.')
  }

  #caughtUp (): void {
    tellStderr(`The log output caught up; ${linesText(this.#droppedSinceCaughtUp)} dropped.`)
    this.#isDropping = false
    this.#droppedSinceCaughtUp = 0
  }
}
