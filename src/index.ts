// The package's main entry: the app factory and the reusable parts it is made of, for projects that build on the blueprint.

// The app, its settings and its storage.
export { API_VERSIONS, buildApp } from './app.ts'
export type { AppOptions } from './app.ts'
export type { ApiVersion, VersionName } from './api-version.ts'
export type { VersionDefinition } from './resources/version-definition.ts'
export type { PeopleRepresentation } from './resources/people/representation.ts'
export { ConfigError, readConfig } from './config.ts'
export type { Config } from './config.ts'
export { openStore } from './storage/open-store.ts'
export type { OpenStoreOptions } from './storage/open-store.ts'
export { ConditionFailedError, StoreUnavailableError } from './storage/store.ts'
export type { ApiKey, KeyStore, PeopleStore, Person, PersonChanges, PersonDraft, Store, StoredApiKey, SwitchStore } from './storage/store.ts'

// Content negotiation and the data formats it chooses between.
export { chooseFormat, prefersHtml, useFormat, wantsDocs } from './plugins/negotiation.ts'
export { DEFAULT_FORMAT, FORMATS } from './formats/index.ts'
export type { Format } from './formats/format.ts'

// The two ways errors and results are written: v1's envelope, v2's problem details.
export { envelopeErrors, ErrorEnvelope, Ok, OkWithoutResult, ok } from './responses/envelope.ts'
export { Problem, PROBLEM_JSON, problemDetails } from './responses/problem-details.ts'
export type { ErrorFormat } from './responses/error-format.ts'
export { ApiError, PROBLEMS } from './errors.ts'
export type { FieldError, ProblemCode } from './errors.ts'

// Keys and what they may do.
export { KeyRing } from './auth/key-ring.ts'
export type { Caller } from './auth/key-ring.ts'
export { generateKey, hashKey, newApiKey } from './auth/api-keys.ts'
export { CAPABILITIES, grants } from './auth/capabilities.ts'
export type { Capability } from './auth/capabilities.ts'

// Capability switches.
export { SwitchBoard } from './switches/switch-board.ts'
export type { SwitchState } from './switches/switch-board.ts'
export { isSwitchName, switchCatalogue } from './switches/switch-names.ts'
export type { FeatureSwitchName, SwitchCatalogue, SwitchName } from './switches/switch-names.ts'
