// Checks that a parsed body is plain data the schemas can judge: shallow enough, and Unicode text throughout.
import { malformedBody } from './text.ts'

// Our bodies are one level deep; 32 leaves room for any honest client while
// keeping hostile nesting far from the stack limit of later recursive code.
export const MAX_DEPTH = 32

/** Walks the value without recursion, so hostile depth cannot overflow the stack here. */
export function assertPlainData (root: unknown): void {
  const pending: Array<{ value: unknown, depth: number }> = [{ value: root, depth: 0 }]
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const { value, depth } = item
    if (typeof value === 'string') {
      assertWellFormed(value)
    } else if (value !== null && typeof value === 'object') {
      if (depth >= MAX_DEPTH) throw malformedBody(`The body is nested more than ${MAX_DEPTH} levels deep`)
      for (const [key, child] of Object.entries(value)) {
        assertWellFormed(key)
        pending.push({ value: child, depth: depth + 1 })
      }
    }
  }
}

// A lone surrogate can be written in JSON or YAML escapes, but it is not Unicode text.
function assertWellFormed (text: string): void {
  if (!text.isWellFormed()) throw malformedBody('The body contains a lone surrogate, which is not Unicode text')
}
