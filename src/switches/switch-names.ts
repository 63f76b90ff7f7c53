// The switches that turn parts of the API on and off at run time, and where each one starts.
import { deprecationSwitchOf, retirementSwitchOf } from '../api-version.ts'
import type { ApiVersion, VersionName } from '../api-version.ts'

const PEOPLE_SWITCHES = { 'people.read': true, 'people.write': true, 'people.delete': true } as const
const FORMAT_SWITCHES = { 'format.yaml': true, 'format.csv': true, 'format.msgpack': true } as const

/** A switch every app has, whatever versions it mounts. */
export type FeatureSwitchName = keyof typeof PEOPLE_SWITCHES | keyof typeof FORMAT_SWITCHES

/**
 * `v1` closes all of /v1 for a while; `v1.deprecated` announces that v1 is on
 * its way out, and `v1.retired` says that it is gone.
 */
export type SwitchName = FeatureSwitchName | VersionName | `${VersionName}.deprecated` | `${VersionName}.retired`

/** Every switch an app has, with where it starts, in the order they are listed. */
export type SwitchCatalogue = ReadonlyMap<SwitchName, boolean>

/**
 * The switches of an app that mounts these versions: one per version, on,
 * and two per version with a successor, off until the day it is deprecated
 * and the day it is retired.
 */
export function switchCatalogue (versions: readonly ApiVersion[]): SwitchCatalogue {
  const open = versions.map(version => [version.name, true] as const)
  const replaced = versions.filter(version => version.successor !== undefined)
  const endOfLife = replaced.flatMap(version => [[deprecationSwitchOf(version), false], [retirementSwitchOf(version), false]] as const)
  return new Map<SwitchName, boolean>([
    ...Object.entries(PEOPLE_SWITCHES) as Array<[FeatureSwitchName, boolean]>,
    ...open,
    ...Object.entries(FORMAT_SWITCHES) as Array<[FeatureSwitchName, boolean]>,
    ...endOfLife
  ])
}

export function isSwitchName (catalogue: SwitchCatalogue, name: string): name is SwitchName {
  return catalogue.has(name as SwitchName)
}
