// Profiles the app's CPU (node --cpu-prof) at start-up and under the GET workload, and prints where the time goes.
import { join } from 'node:path'
import type { CostLine, ProfileSummary } from './cpu-profile.ts'
import { summarizeProfile } from './cpu-profile.ts'
import { getOne, runLoad } from './load.ts'
import { formatTable } from './text-table.ts'
import { personName, seedPeople } from './seed.ts'
import { ADMIN_KEY, appSpec } from './specs.ts'
import { probe, startTarget, stopTarget } from './targets.ts'

export interface ProfileOptions {
  seconds: number
  warmupSeconds: number
  people: number
  workDir: string
  resultsDir: string
  log: (line: string) => void
}

export async function profileApp (options: ProfileOptions): Promise<ProfileSummary[]> {
  const database = join(options.workDir, 'profile.sqlite')
  await seedPeople(database, options.people)
  const profiled = (name: string): string[] => ['--cpu-prof', '--cpu-prof-dir', options.resultsDir, '--cpu-prof-name', name]
  const auth = { authorization: `Bearer ${ADMIN_KEY}`, accept: 'application/json' }

  options.log('profiling start-up: spawn to the first authenticated GET')
  const starting = await startTarget(appSpec('app, profiled start-up', { database, nodeArgs: profiled('startup.cpuprofile') }))
  await probe(`${starting.url}/v1/people/${personName(1)}`, auth)
  // The profile is written when the process exits, which SIGTERM makes it do cleanly.
  await stopTarget(starting)

  options.log(`profiling ${options.seconds} s of GET after ${options.warmupSeconds} s of warm-up`)
  const app = await startTarget(appSpec('app, profiled GET', { database, logFile: join(options.workDir, 'profile.log'), nodeArgs: profiled('get.cpuprofile') }))
  const workload = getOne(ADMIN_KEY, options.people)
  await runLoad(app.url, app.pid, workload, options.warmupSeconds)
  const from = Number(process.hrtime.bigint() / 1000n)
  const result = await runLoad(app.url, app.pid, workload, options.seconds)
  const to = Number(process.hrtime.bigint() / 1000n)
  options.log(`profiled GET: ${result.rps.toFixed(0)} req/s, ${result.cpuUsPerRequest.toFixed(0)} µs CPU per request (profiler on)`)
  await stopTarget(app)

  return [
    summarizeProfile('start-up, spawn to first authenticated GET', join(options.resultsDir, 'startup.cpuprofile')),
    summarizeProfile('GET one person, 50 connections', join(options.resultsDir, 'get.cpuprofile'), { from, to }, result.requests)
  ]
}

export function formatProfile (summary: ProfileSummary): string {
  const perRequest = summary.functions.some(line => line.usPerRequest !== undefined)
  const header = (title: string): string[] => [title, 'ms', '%', ...(perRequest ? ['µs/req'] : [])]
  const row = (line: CostLine): string[] => [line.name, line.ms.toFixed(0), (line.share * 100).toFixed(1), ...(perRequest ? [(line.usPerRequest ?? Number.NaN).toFixed(1)] : [])]
  return [
    `${summary.label}: ${summary.busyMs.toFixed(0)} ms busy, ${summary.idleMs.toFixed(0)} ms idle (${summary.span}; ${summary.file})`,
    '',
    formatTable(header('function (self time)'), summary.functions.map(row)),
    '',
    formatTable(header('module (self time)'), summary.modules.map(row)),
    '',
    formatTable(header('our file or feature package (inclusive: it and all it calls)'), summary.features.map(row))
  ].join('\n')
}
