// Every switch's state, held in memory and kept fresh from the store, read on the hot path for free.
import type { SwitchStore } from '../storage/store.ts'
import { StoredCopy } from '../sync/stored-copy.ts'
import { SWITCH_DEFAULTS, SWITCH_NAMES } from './switch-names.ts'
import type { SwitchName } from './switch-names.ts'

export interface SwitchState {
  name: SwitchName
  enabled: boolean
  /** When it was last flipped, or null while it is at its default. */
  changedAt: string | null
}

function withDefaults (stored: ReadonlyArray<{ name: string, enabled: boolean, changedAt: string }>): Map<SwitchName, SwitchState> {
  const states = new Map<SwitchName, SwitchState>(SWITCH_NAMES.map(name => [name, { name, enabled: SWITCH_DEFAULTS[name], changedAt: null }]))
  for (const { name, enabled, changedAt } of stored) {
    // A switch the code no longer knows is ignored, so an old row cannot break a new release.
    const state = states.get(name as SwitchName)
    if (state !== undefined) states.set(state.name, { ...state, enabled, changedAt })
  }
  return states
}

export class SwitchBoard extends StoredCopy<Map<SwitchName, SwitchState>> {
  constructor (switches: SwitchStore) {
    super({
      revision: async () => await switches.revision(),
      load: async () => withDefaults(await switches.list())
    }, withDefaults([]))
  }

  isOn (name: SwitchName): boolean {
    return this.value.get(name)?.enabled ?? SWITCH_DEFAULTS[name]
  }

  state (name: SwitchName): SwitchState {
    return this.value.get(name) ?? { name, enabled: SWITCH_DEFAULTS[name], changedAt: null }
  }

  list (): SwitchState[] {
    return [...this.value.values()]
  }
}
