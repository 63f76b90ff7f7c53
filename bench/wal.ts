// A target's SQLite write-ahead log seen from outside: how large it is, and how often SQLite started it over from the beginning.
import { closeSync, openSync, readSync, statSync } from 'node:fs'

function walPath (database: string): string {
  return `${database}-wal`
}

/** The log's size in MiB; 0 while there is none. */
export function walSizeMb (database: string): number {
  try {
    return statSync(walPath(database)).size / 2 ** 20
  } catch {
    return 0
  }
}

// https://www.sqlite.org/fileformat2.html#walformat: a 32-byte header of big-endian words.
const WAL_MAGIC = [0x377f0682, 0x377f0683]
const CHECKPOINT_SEQUENCE_OFFSET = 12

/**
 * The header's checkpoint sequence number, which SQLite increments each time
 * it starts the log over, after a checkpoint has copied all of it back;
 * undefined while there is no log. A checkpoint that cannot reach the end
 * (PASSIVE, with writes still coming) leaves it as it is.
 */
export function walRestarts (database: string): number | undefined {
  let fd: number | undefined
  try {
    fd = openSync(walPath(database), 'r')
    const header = Buffer.alloc(16)
    if (readSync(fd, header, 0, 16, 0) < 16 || !WAL_MAGIC.includes(header.readUInt32BE(0))) return undefined
    return header.readUInt32BE(CHECKPOINT_SEQUENCE_OFFSET)
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
