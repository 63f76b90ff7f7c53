// What every benchmark script run from the command line shares: its whole-number options, and its log lines on stderr.

/** A count of rounds, seconds, connections or processes: a whole number from 1 to 60. */
export function wholeNumberOption (text: string, name: string): number {
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1 || value > 60) throw new Error(`--${name} must be a whole number from 1 to 60, not "${text}"`)
  return value
}

/** Writes a line to stderr with the script's name and the time, so that stdout keeps the tables alone. */
export function logFor (script: string): (line: string) => void {
  return line => process.stderr.write(`[${script} ${new Date().toISOString().slice(11, 19)}] ${line}\n`)
}
