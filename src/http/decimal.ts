// The text of a number that changes from request to request, made so that it dies young.

/**
 * `${n}`, String(n) and n.toString() go through V8's number-string cache,
 * and a number the cache has not seen is written as a new string in the old
 * generation, to be kept there: a collection of the young generation never
 * frees it, only a full collection does. A count that grows by one on every
 * request, or a duration in hundredths, misses the cache every time, so under
 * load the old generation grew by about 55 bytes a request, from two header
 * values and the log line's duration (docs/14-performance.md). JSON.stringify
 * writes the same text for a finite number, without the cache, in the young
 * generation.
 */
export function decimal (value: number): string {
  return JSON.stringify(value)
}
