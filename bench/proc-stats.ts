// Reads what Linux knows about a process and the machine from /proc: peak memory, CPU time per process and per thread, and how busy every core was.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'

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

interface CpuTimes {
  /** The process's or thread's name (comm): Node names its threads, such as V8Worker or libuv-worker. */
  name: string
  userSeconds: number
  systemSeconds: number
}

/** A /proc stat line: the name, in parentheses, may hold spaces; the fields after it are fixed. */
function readStat (path: string): CpuTimes {
  const stat = readFileSync(path, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return { name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), userSeconds: Number(fields[11]) / CLOCK_TICKS, systemSeconds: Number(fields[12]) / CLOCK_TICKS }
}

/** CPU seconds (user + system) a live process has used so far. */
export function cpuSeconds (pid: number): number {
  const { userSeconds, systemSeconds } = readStat(`/proc/${pid}/stat`)
  return userSeconds + systemSeconds
}

export interface ThreadTimes extends CpuTimes {
  tid: number
}

/** The CPU time of every live thread of a process; a thread that has ended since is no longer counted. */
export function threadTimes (pid: number): ThreadTimes[] {
  return readdirSync(`/proc/${pid}/task`).flatMap(tid => {
    try {
      return [{ tid: Number(tid), ...readStat(`/proc/${pid}/task/${tid}/stat`) }]
    } catch {
      return []
    }
  })
}

export interface Scheduling {
  /** Times the thread gave up its core to wait: for a lock, a sleep, the disk, or for work when idle. */
  blocked: number
  /** Times it was taken off its core while it still had work, because another thread or process wanted the core. */
  preempted: number
  /** Seconds it was ready to run but waited for its core (schedstat). */
  waitedSeconds: number
}

/** How the scheduler has treated one thread so far (the main thread unless `tid` names another). */
export function scheduling (pid: number, tid = pid): Scheduling {
  const status = readFileSync(`/proc/${pid}/task/${tid}/status`, 'utf8')
  const count = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? Number.NaN)
  const [, waitedNs] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').trim().split(' ').map(Number)
  return { blocked: count('voluntary_ctxt_switches'), preempted: count('nonvoluntary_ctxt_switches'), waitedSeconds: (waitedNs ?? Number.NaN) / 1e9 }
}

/** Starts VmHWM again from the current RSS (Linux 4.0 and later), so that the next reading is the peak of what came after. */
export function resetPeakRss (pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5')
}

/** CPU seconds the whole machine has spent busy (all cores, any process) since boot. */
export function machineBusySeconds (): number {
  const [, ...ticks] = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).map(Number)
  // user nice system idle iowait irq softirq steal: everything but idle and iowait is busy.
  const busy = ticks.slice(0, 8).reduce((sum, tick, index) => index === 3 || index === 4 ? sum : sum + tick, 0)
  return busy / CLOCK_TICKS
}
