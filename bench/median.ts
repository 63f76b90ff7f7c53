// The median of a set of measurements, and their spread: what every benchmark here reports, since one slow round must not decide.
/** A run that answered nothing gives no number (NaN) or an endless ratio; neither is a measurement, so both are left out. */
export function median (values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] ?? Number.NaN : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

export interface Spread {
  median: number
  min: number
  max: number
}

/** The median over runs of each named measurement. */
export function mediansOf<Run, Key extends keyof Run & string> (runs: readonly Run[], keys: readonly Key[]): Record<Key, number> {
  return Object.fromEntries(keys.map(key => [key, median(runs.map(run => Number(run[key])))])) as Record<Key, number>
}

/** The median with the lowest and highest value beside it: how far one round can be from another. */
export function spread (values: readonly number[]): Spread {
  const known = values.filter(Number.isFinite)
  return known.length === 0
    ? { median: Number.NaN, min: Number.NaN, max: Number.NaN }
    : { median: median(known), min: Math.min(...known), max: Math.max(...known) }
}
