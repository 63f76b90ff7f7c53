// How long to wait before trying again something that keeps failing: a pause that doubles from a short one up to a ceiling, with jitter.

export interface Backoff {
  firstMs: number
  longestMs: number
}

/**
 * The pause before the attempt after `failures` failures. It doubles each
 * time, so that a dependency that is down is not hammered, and lands
 * somewhere between half and all of that, so that instances that lost it
 * together do not come back in lockstep.
 */
export function pauseAfter (failures: number, { firstMs, longestMs }: Backoff): number {
  const pause = Math.min(longestMs, firstMs * 2 ** failures)
  return pause * (0.5 + Math.random() / 2)
}
