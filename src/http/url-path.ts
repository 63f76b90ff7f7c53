// The path of a request's URL without its query, and whether it lies under a prefix such as /v1.

export function pathOf (url: string): string {
  const queryStart = url.indexOf('?')
  return queryStart === -1 ? url : url.slice(0, queryStart)
}

/** `/v1` and `/v1/people` lie under `/v1`; `/v10` does not. */
export function isUnder (path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`)
}
