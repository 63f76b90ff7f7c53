// The switches that turn parts of the API on and off at run time, and where each one starts.
export const SWITCH_DEFAULTS = {
  'people.read': true,
  'people.write': true,
  'people.delete': true,
  v1: true,
  v2: true,
  'format.yaml': true,
  'format.csv': true,
  'format.msgpack': true,
  // Off until the day v1 is announced as deprecated.
  'v1.deprecated': false
} as const satisfies Record<string, boolean>

export type SwitchName = keyof typeof SWITCH_DEFAULTS

export const SWITCH_NAMES = Object.keys(SWITCH_DEFAULTS) as SwitchName[]

export function isSwitchName (name: string): name is SwitchName {
  return Object.hasOwn(SWITCH_DEFAULTS, name)
}
