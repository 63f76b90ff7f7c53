// Whether the log is being written, for the metrics: a log that fails says so on stderr, which nobody may be reading.
import { MAX_WAITING_MIB } from '../log-destination.ts'
import { singleSample } from './exposition.ts'

/** What the process's log output reports of itself: src/log-destination.ts's LogDestination. */
export interface LogOutputState {
  readonly isFailing: boolean
  readonly droppedLines: number
}

export function logOutputExposition ({ isFailing, droppedLines }: LogOutputState): string {
  return singleSample('blueprint_log_output_failing', 'Whether writes to the log output fail, as on a full disk: 1 yes, 0 no. Lines wait in memory meanwhile.', 'gauge', isFailing ? 1 : 0) +
    singleSample('blueprint_log_lines_dropped_total', `Log lines lost because the output took none while ${MAX_WAITING_MIB} MiB of them waited.`, 'counter', droppedLines)
}
