// Reads what Linux knows about a process and the machine from /proc: peak memory, CPU time, and how busy every core was.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

/** Peak resident memory (VmHWM) of a live process, in MiB. */
export function peakRssMb (pid: number): number {
  const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return match?.[1] === undefined ? Number.NaN : Number(match[1]) / 1024
}

const CLOCK_TICKS = readClockTicks()

function readClockTicks (): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
  } catch {
    return 100
  }
}

/** CPU seconds (user + system) a live process has used so far. */
export function cpuSeconds (pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // The command name, in parentheses, may hold spaces; the fields after it are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS
}

/** CPU seconds the whole machine has spent busy (all cores, any process) since boot. */
export function machineBusySeconds (): number {
  const [, ...ticks] = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).map(Number)
  // user nice system idle iowait irq softirq steal: everything but idle and iowait is busy.
  const busy = ticks.slice(0, 8).reduce((sum, tick, index) => index === 3 || index === 4 ? sum : sum + tick, 0)
  return busy / CLOCK_TICKS
}
