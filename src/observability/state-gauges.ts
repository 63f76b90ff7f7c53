// Gauges of what each instance holds in memory, read at every scrape: the switches, and how fresh its copies of the keys and switches are.
import { Gauge } from 'prom-client'
import type { GaugeConfiguration, Registry } from 'prom-client'
import type { KeyRing } from '../auth/key-ring.ts'
import type { KeyUse } from '../auth/key-use.ts'
import type { Store } from '../storage/store.ts'
import type { SwitchBoard } from '../switches/switch-board.ts'
import type { StoredCopy } from '../sync/stored-copy.ts'

export interface WatchedState {
  keyRing: KeyRing
  keyUse: KeyUse
  board: SwitchBoard
  store: Store
}

function ageInSeconds (copy: StoredCopy<unknown>): number {
  return copy.checkedAt === undefined ? Infinity : (Date.now() - copy.checkedAt) / 1000
}

function addGauge (registry: Registry, configuration: GaugeConfiguration<string>): void {
  registry.registerMetric(new Gauge({ ...configuration, registers: [] }))
}

export function registerStateGauges (registry: Registry, { keyRing, keyUse, board, store }: WatchedState): void {
  addGauge(registry, {
    name: 'blueprint_switch_enabled',
    help: 'Each capability switch as this instance sees it: 1 on, 0 off.',
    labelNames: ['switch'],
    collect () {
      for (const state of board.list()) this.set({ switch: state.name }, state.enabled ? 1 : 0)
    }
  })
  // Both copies are checked against the store every few hundred
  // milliseconds; an age that keeps growing means the store has not answered
  // since, and a key revoked elsewhere may still be accepted here.
  addGauge(registry, {
    name: 'blueprint_key_ring_age_seconds',
    help: 'Seconds since the store last confirmed this instance\'s copy of the API keys.',
    collect () { this.set(ageInSeconds(keyRing)) }
  })
  // A key that expires while clients still use it is an outage on a date
  // everyone was told and nobody watched. Only keys in use are listed: one
  // that expires unused is doing its job. Each instance lists the keys it saw.
  addGauge(registry, {
    name: 'blueprint_api_key_expiry_timestamp_seconds',
    help: 'When each key this instance saw used in the last day expires, in seconds since 1970; keys that never expire are not listed.',
    labelNames: ['key_id'],
    collect () {
      this.reset()
      const used = keyUse.recentlyUsed()
      for (const caller of keyRing.value.values()) {
        if (caller.expiresAt !== null && used.has(caller.keyId)) this.set({ key_id: caller.keyId }, caller.expiresAt / 1000)
      }
    }
  })
  addGauge(registry, {
    name: 'blueprint_switch_board_age_seconds',
    help: 'Seconds since the store last confirmed this instance\'s copy of the switches.',
    collect () { this.set(ageInSeconds(board)) }
  })
  addGauge(registry, {
    name: 'blueprint_store_up',
    help: 'Whether the store answered a trivial query during this scrape, as GET /ready asks it: 1 yes, 0 no.',
    async collect () {
      this.set(await store.ping().then(() => 1, () => 0))
    }
  })
}
