// Runs the two-stores-on-one-database contract against two SQLite stores on one file, as two processes on one machine would be.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after } from 'node:test'
import { openSqliteStore } from '../../src/storage/sqlite/index.ts'
import { describeSharedStoreContract } from './shared-store-contract.ts'

const directories: string[] = []

after(async () => {
  for (const directory of directories) await rm(directory, { recursive: true, force: true })
})

describeSharedStoreContract('SQLite in a file', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'blueprint-two-stores-'))
  directories.push(directory)
  const path = join(directory, 'store.sqlite')
  return [openSqliteStore(path), openSqliteStore(path)]
})
