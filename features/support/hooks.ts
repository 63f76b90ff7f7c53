// Each scenario gets a fresh app on an empty in-memory store, or the live server named by BASE_URL.
import { After, Before } from '@cucumber/cucumber'
import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.ts'
import { openStore } from '../../src/storage/open-store.ts'
import type { Store } from '../../src/storage/store.ts'
import { injectClient, socketClient } from './http-client.ts'
import type { ApiWorld } from './world.ts'

let app: FastifyInstance | undefined
let store: Store | undefined

Before(async function (this: ApiWorld) {
  const baseUrl = process.env.BASE_URL
  if (baseUrl !== undefined) {
    const adminKey = process.env.BLUEPRINT_ADMIN_KEY
    if (adminKey === undefined) throw new Error('BASE_URL needs BLUEPRINT_ADMIN_KEY, the admin key of that server')
    this.adminKey = adminKey
    this.client = socketClient(baseUrl)
    return
  }
  this.adminKey = randomBytes(32).toString('base64url')
  store = await openStore(process.env.FEATURES_DATABASE_URL ?? 'sqlite::memory:')
  app = await buildApp({ store, adminKey: this.adminKey })
  this.client = injectClient(app)
})

After(async function () {
  await app?.close()
  await store?.close()
  app = undefined
  store = undefined
})
