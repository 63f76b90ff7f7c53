// The last backup, as a file of Prometheus samples for node_exporter's textfile collector: a backup nobody checks may as well not run.
import { randomBytes } from 'node:crypto'
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import type { BackupReport } from '../storage/sqlite/backup.ts'
import { singleSample } from './exposition.ts'

export function backupExposition ({ people, bytes }: BackupReport, finishedAt: Date, seconds: number): string {
  return singleSample('blueprint_backup_last_success_timestamp_seconds', 'When the last backup of the store was finished, in seconds since 1970.', 'gauge', finishedAt.getTime() / 1000) +
    singleSample('blueprint_backup_duration_seconds', 'How long the last backup took, in seconds.', 'gauge', Math.round(seconds * 1000) / 1000) +
    singleSample('blueprint_backup_size_bytes', 'The size of the last backup, in bytes.', 'gauge', bytes) +
    singleSample('blueprint_backup_people', 'How many people the last backup holds.', 'gauge', people)
}

/**
 * Written beside its place and renamed into it, so that the collector,
 * which reads the file whenever it is scraped, never sees half of it.
 */
export function writeBackupMetrics (path: string, exposition: string): void {
  const partial = `${path}.${randomBytes(4).toString('hex')}.partial`
  try {
    writeFileSync(partial, exposition, { mode: 0o644 })
    renameSync(partial, path)
  } finally {
    rmSync(partial, { force: true })
  }
}
