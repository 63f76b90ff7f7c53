// Reads a Prometheus text exposition into its samples, keyed by name and labels exactly as written, for assertions.

/** `name{labels}` (or `name`) → value, for every sample line; comments and blank lines are skipped. */
export function readSamples (text: string): Map<string, number> {
  const samples = new Map<string, number>()
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const space = line.lastIndexOf(' ')
    samples.set(line.slice(0, space), Number(line.slice(space + 1).replace('+Inf', 'Infinity')))
  }
  return samples
}

/** The labels of a request series, in the order the app writes them. */
export function requestSeries (method: string, route: string, status: number, version: string): string {
  return `{method="${method}",route="${route}",status_code="${status}",version="${version}"}`
}
