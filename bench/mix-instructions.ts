// Whether the 90/10 mix does more work than its parts (`node bench/mix-instructions.ts`): the app and baseline B counted by valgrind on GETs, PUTs and the mix, one request at a time.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { logFor } from './command-line.ts'
import { countSequences } from './instructions.ts'
import type { Count, Sequence } from './instructions.ts'
import { WRITE_SHARE } from './load.ts'
import { appSpec, otherSpec } from './specs.ts'
import { fixed, formatTable } from './text-table.ts'

/**
 * Timed, the app's mix costs more than 0.9 × its GET + 0.1 × its PUT, and
 * B's does not (docs/14-performance.md). Counted, the same requests show
 * whether the mix makes the app execute more: a count has no neighbours on
 * the machine, no load and no groups of writes, so what the timed excess
 * holds beyond the count is time per instruction, not work.
 */
const SEQUENCES = ['GET', 'PUT', 'mix'] as const satisfies readonly Sequence[]
const OPTIONS = { warmup: 2000, requests: 2000, people: 10_000 }

const log = logFor('mix-instructions')

interface MixCount {
  target: string
  counts: Record<typeof SEQUENCES[number], Count>
  /** What the parts predict for the mix, instructions on the main thread per request. */
  predicted: number
}

async function main (): Promise<void> {
  const workDir = mkdtempSync(join(tmpdir(), 'rest-api-mix-instructions-'))
  try {
    const options = { ...OPTIONS, workDir, log }
    const targets = [
      { name: 'app', spec: (database: string, logFile: string) => appSpec('app', { database, logFile }) },
      { name: 'baseline B', spec: (database: string) => otherSpec('baseline B', database) }
    ]
    // Each counts alone, whatever runs beside it: one per core.
    const results: MixCount[] = await Promise.all(targets.map(async ({ name, spec }) => {
      const { counts } = await countSequences(name, spec, options, SEQUENCES)
      return { target: name, counts, predicted: (1 - WRITE_SHARE) * counts.GET.mainThread + WRITE_SHARE * counts.PUT.mainThread }
    }))
    writeFileSync(join('bench', 'results', 'mix-instructions.json'), JSON.stringify({ settings: OPTIONS, results }, null, 2) + '\n')
    const thousands = (value: number): string => fixed(value / 1000, 1)
    console.log(`Thousands of instructions per request on the main thread, counted by valgrind after ${OPTIONS.warmup} requests of each, over ${OPTIONS.requests} more, one at a time:\n`)
    console.log(formatTable(['target', 'GET', 'PUT', 'mix predicted', 'mix', 'mix ÷ predicted'], results.map(result => [
      result.target,
      thousands(result.counts.GET.mainThread),
      thousands(result.counts.PUT.mainThread),
      thousands(result.predicted),
      thousands(result.counts.mix.mainThread),
      fixed(result.counts.mix.mainThread / result.predicted, 3)
    ])))
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
}

await main()
