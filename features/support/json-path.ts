// Reads a value out of parsed JSON by a dotted path ("result.name", "errors.0.path") or a JSON Pointer ("/switches/people.read").
export function valueAtPath (document: unknown, path: string): unknown {
  // RFC 6901: in a pointer, ~1 stands for / and ~0 for ~.
  const segments = path.startsWith('/')
    ? path.slice(1).split('/').map(segment => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    : path.split('.')
  let value = document
  for (const segment of segments) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[segment]
  }
  return value
}
