// Loaded into a target with --import: counts its garbage-collection pauses and tells the benchmark over the IPC channel when asked, with no --trace-gc output.
// Plain JavaScript, so that the target does not load Node's TypeScript stripper for it.
import { constants, PerformanceObserver } from 'node:perf_hooks'

if (process.send !== undefined) {
  const totals = { count: 0, ms: 0, major: 0, majorMs: 0 }
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) {
      totals.count++
      totals.ms += entry.duration
      if (entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
        totals.major++
        totals.majorMs += entry.duration
      }
    }
  }).observe({ entryTypes: ['gc'] })
  process.on('message', () => process.send?.({ ...totals }))
  // The channel must not keep a target alive that would otherwise exit.
  process.channel?.unref()
}
