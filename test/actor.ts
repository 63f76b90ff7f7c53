// Who the tests are, when they change keys and switches through a store directly.
import type { Actor } from '../src/storage/store.ts'

export const BY_TEST: Actor = { name: 'test', requestId: null }
