// Reads a value out of parsed JSON by a dotted path such as "result.name" or "errors.0.path".
export function valueAtPath (document: unknown, path: string): unknown {
  let value = document
  for (const segment of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[segment]
  }
  return value
}
