// The switches that turn parts of the API on and off at run time, and where each one starts.
import type { ApiVersion, VersionName } from '../api-version.ts'

const PEOPLE_SWITCHES = { 'people.read': true, 'people.write': true, 'people.delete': true } as const
const FORMAT_SWITCHES = { 'format.yaml': true, 'format.csv': true, 'format.msgpack': true } as const

/** A switch every app has, whatever versions it mounts. */
export type FeatureSwitchName = keyof typeof PEOPLE_SWITCHES | keyof typeof FORMAT_SWITCHES

/** `v1` closes all of /v1; `v1.deprecated` announces that v1 is on its way out. */
export type SwitchName = FeatureSwitchName | VersionName | `${VersionName}.deprecated`

/** Every switch an app has, with where it starts, in the order they are listed. */
export type SwitchCatalogue = ReadonlyMap<SwitchName, boolean>

/**
 * The switches of an app that mounts these versions: one per version, on,
 * and one per version with a successor, off until the day it is deprecated.
 */
export function switchCatalogue (versions: readonly ApiVersion[]): SwitchCatalogue {
  const open = versions.map(version => [version.name, true] as const)
  const deprecated = versions.filter(version => version.successor !== undefined).map(version => [`${version.name}.deprecated`, false] as const)
  return new Map<SwitchName, boolean>([
    ...Object.entries(PEOPLE_SWITCHES) as Array<[FeatureSwitchName, boolean]>,
    ...open,
    ...Object.entries(FORMAT_SWITCHES) as Array<[FeatureSwitchName, boolean]>,
    ...deprecated
  ])
}

export function isSwitchName (catalogue: SwitchCatalogue, name: string): name is SwitchName {
  return catalogue.has(name as SwitchName)
}
