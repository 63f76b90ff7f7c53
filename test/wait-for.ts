// Waits until a condition holds, polling, and answers how long that took; fails after the timeout, naming what it waited for.
import { setTimeout as sleep } from 'node:timers/promises'

export async function waitFor (what: string, condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = performance.now()
  while (!await condition()) {
    if (performance.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`)
    await sleep(5)
  }
  return Math.round(performance.now() - started)
}
