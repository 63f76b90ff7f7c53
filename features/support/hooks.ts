// Each scenario gets a fresh app on the store FEATURES_DATABASE_URL names (an empty one in memory by default), or the live server named by BASE_URL.
import { After, AfterAll, Before } from '@cucumber/cucumber'
import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.ts'
import type { AppOptions } from '../../src/app.ts'
import { openStore } from '../../src/storage/open-store.ts'
import type { Store } from '../../src/storage/store.ts'
import { checkedAgainstContract } from './contract.ts'
import { injectClient, socketClient } from './http-client.ts'
import { databaseForRun } from './run-database.ts'
import type { ApiWorld } from './world.ts'

let app: FastifyInstance | undefined
let store: Store | undefined

// On PostgreSQL the whole run shares one schema of its own, made on first use
// and dropped at the end; scenarios that need no people empty it through the API.
const database = databaseForRun(process.env.FEATURES_DATABASE_URL ?? 'sqlite::memory:')

Before(async function (this: ApiWorld) {
  const baseUrl = process.env.BASE_URL
  if (baseUrl !== undefined) {
    const adminKey = process.env.BLUEPRINT_ADMIN_KEY
    if (adminKey === undefined) throw new Error('BASE_URL needs BLUEPRINT_ADMIN_KEY, the admin key of that server')
    this.adminKey = adminKey
    this.client = checkedAgainstContract(socketClient(baseUrl))
    return
  }
  this.adminKey = randomBytes(32).toString('base64url')
  store = await openStore(database.url)
  await startApp(this, {})
  this.restartApp = async (options) => {
    await app?.close()
    await startApp(this, options)
  }
})

async function startApp (world: ApiWorld, options: Partial<AppOptions>): Promise<void> {
  if (store === undefined) throw new Error('No store is open')
  app = await buildApp({ ...options, store, adminKey: world.adminKey })
  world.client = checkedAgainstContract(injectClient(app))
}

After(async function () {
  await app?.close()
  await store?.close()
  app = undefined
  store = undefined
})

// Switches live in the store, which scenarios may share: put back what one flipped.
// (After hooks run last-defined first, so this runs before the app is closed.)
After(async function (this: ApiWorld) {
  for (const [name, enabled] of this.flippedSwitches) await this.arrange('PUT', `/admin/switches/${name}`, { enabled })
})

AfterAll(async function () {
  await database.drop()
})
