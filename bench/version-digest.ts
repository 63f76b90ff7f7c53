// What the ETag's digest costs one request, measured in this process: versionOf() on a stored person, against joining two values a row could hold instead.
import { versionOf } from '../src/storage/conditions.ts'
import type { Person } from '../src/storage/store.ts'

// A loop in one process resolves nanoseconds that separate processes of the
// same code, a few µs apart on a shared machine, cannot.
const CALLS = 2_000_000

const stored: Person = {
  name: 'person-0000042',
  email: 'counted-42@example.net',
  comment: 'counted by the benchmark',
  createdAt: '2026-12-07T09:11:37.123Z',
  updatedAt: '2026-12-07T09:11:37.123Z'
}
// Two stored states, taken in turn, so that nothing can be kept from one call to the next.
const later: Person = { ...stored, updatedAt: '2026-12-07T09:11:37.124Z' }
const incarnation = 'k3Jx9q'

function nanosecondsPerCall (work: (person: Person) => string): number {
  let length = 0
  for (let i = 0; i < CALLS / 20; i++) length += work(i % 2 === 0 ? stored : later).length
  const before = process.cpuUsage()
  for (let i = 0; i < CALLS; i++) length += work(i % 2 === 0 ? stored : later).length
  const used = process.cpuUsage(before)
  if (length === 0) throw new Error('nothing was made')
  return (used.user + used.system) * 1000 / CALLS
}

const digest = nanosecondsPerCall(versionOf)
// What a version read from the row would do: a random incarnation drawn when
// the row was created, and the updatedAt that every write moves.
const fromRow = nanosecondsPerCall(person => `${incarnation}${person.updatedAt}`)
console.log(`versionOf(), the SHA-256 of the stored state: ${digest.toFixed(0)} ns a call`)
console.log(`the version read from the row (a join of two stored values): ${fromRow.toFixed(0)} ns a call`)
console.log(`what a request would save: ${((digest - fromRow) / 1000).toFixed(2)} µs`)
