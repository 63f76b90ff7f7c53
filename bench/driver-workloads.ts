// What the two driver benchmarks share: the people they seed, their rounds, their three workloads and the columns those read and write.
export const PEOPLE = 10_000
export const ROUNDS = 5
export const WORKLOADS = ['read', 'write', 'list'] as const
export type Workload = typeof WORKLOADS[number]
export const COLUMNS = 'name, email, comment, created_at, updated_at'

/** Five digits, not seed.ts's seven: these benchmarks seed their own tables, 10,000 people at most. */
export const personName = (i: number): string => `person-${String(i).padStart(5, '0')}`
