// Every switch's state, held in memory and kept fresh from the store, read on the hot path for free.
import type { SwitchStore } from '../storage/store.ts'
import { StoredCopy } from '../sync/stored-copy.ts'
import type { SwitchCatalogue, SwitchName } from './switch-names.ts'

export interface SwitchState {
  name: SwitchName
  enabled: boolean
  /** When it was last flipped, or null while it is at its default. */
  changedAt: string | null
}

function withDefaults (catalogue: SwitchCatalogue, stored: ReadonlyArray<{ name: string, enabled: boolean, changedAt: string }>): Map<SwitchName, SwitchState> {
  const states = new Map<SwitchName, SwitchState>([...catalogue].map(([name, enabled]) => [name, { name, enabled, changedAt: null }]))
  for (const { name, enabled, changedAt } of stored) {
    // A switch the code no longer knows is ignored, so an old row cannot break a new release.
    const state = states.get(name as SwitchName)
    if (state !== undefined) states.set(state.name, { ...state, enabled, changedAt })
  }
  return states
}

export class SwitchBoard extends StoredCopy<Map<SwitchName, SwitchState>> {
  readonly catalogue: SwitchCatalogue

  constructor (switches: SwitchStore, catalogue: SwitchCatalogue) {
    super({
      revision: async () => await switches.revision(),
      load: async () => withDefaults(catalogue, await switches.list())
    }, withDefaults(catalogue, []))
    this.catalogue = catalogue
  }

  /** A switch this app does not have is off: a route cannot stand behind a switch nobody can turn on. */
  isOn (name: SwitchName): boolean {
    return this.value.get(name)?.enabled ?? false
  }

  state (name: SwitchName): SwitchState {
    return this.value.get(name) ?? { name, enabled: false, changedAt: null }
  }

  list (): SwitchState[] {
    return [...this.value.values()]
  }
}
