// A target's SQLite write-ahead log seen from outside: how long it is, how much of it is not yet copied back, and how often SQLite started it over.
import { closeSync, openSync, readSync } from 'node:fs'
import { endianness } from 'node:os'

/** The first bytes of a file, or undefined while it does not exist or is shorter. */
function head (path: string, length: number): Buffer | undefined {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    const bytes = Buffer.alloc(length)
    return readSync(fd, bytes, 0, length, 0) === length ? bytes : undefined
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

export interface WalIndex {
  /** Pages in the log: what a reader may have to look through before the database file. */
  frames: number
  /** Of those, the pages a checkpoint has already copied into the database file. */
  backfilled: number
}

// https://www.sqlite.org/walformat.html: the wal-index (-shm) starts with two
// copies of a 48-byte header, then the checkpoint information, in the
// machine's byte order; mxFrame is at 16, nBackfill at 96.
const MX_FRAME = 16
const N_BACKFILL = 96

/** The live state of the log, from the wal-index every connection shares; undefined while there is none. */
export function walIndex (database: string): WalIndex | undefined {
  const index = head(`${database}-shm`, N_BACKFILL + 4)
  if (index === undefined) return undefined
  const read = (offset: number): number => index[`readUInt32${endianness()}`](offset)
  return { frames: read(MX_FRAME), backfilled: read(N_BACKFILL) }
}

// https://www.sqlite.org/fileformat2.html#walformat: the log file's own header, in big-endian words.
const WAL_MAGIC = [0x377f0682, 0x377f0683]
const CHECKPOINT_SEQUENCE = 12

/**
 * The log's checkpoint sequence number, which SQLite increments each time it
 * starts the log over, after a checkpoint has copied all of it back;
 * undefined while there is no log. A checkpoint that cannot reach the end
 * (PASSIVE, with writes still coming) leaves it as it is.
 */
export function walRestarts (database: string): number | undefined {
  const header = head(`${database}-wal`, 16)
  if (header === undefined || !WAL_MAGIC.includes(header.readUInt32BE(0))) return undefined
  return header.readUInt32BE(CHECKPOINT_SEQUENCE)
}
