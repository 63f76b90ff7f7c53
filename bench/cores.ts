// Gives every target one core and the load generator another, so that they never compete for a core.
import { execFileSync } from 'node:child_process'
import { availableParallelism } from 'node:os'

/** The core every target runs on; the benchmark's own process, which drives the load, runs on the next. */
export const TARGET_CORE = 0
const CLIENT_CORE = 1

function hasTaskset (): boolean {
  try {
    execFileSync('taskset', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** Pinning needs two cores and Linux's taskset; without them the targets share whatever cores there are. */
export const canPin = availableParallelism() >= 2 && hasTaskset()

/** Moves this process, and every thread it has, onto the load generator's core. */
export function pinLoadGenerator (): void {
  if (canPin) execFileSync('taskset', ['--all-tasks', '--cpu-list', '--pid', String(CLIENT_CORE), String(process.pid)], { stdio: 'ignore' })
}

/** The command that starts `argv` on the targets' core: taskset execs it, so the pid stays the target's. */
export function onTargetCore (argv: string[]): string[] {
  return canPin ? ['taskset', '--cpu-list', String(TARGET_CORE), ...argv] : argv
}
