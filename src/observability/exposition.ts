// Writes samples in Prometheus's text exposition format (version 0.0.4), for the metrics this app counts itself.

/** The Content-Type of the text format, as Prometheus asks for it. */
export const EXPOSITION_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8'

/** Label names and values, in the order they are written. */
export type Labels = ReadonlyArray<readonly [name: string, value: string]>

// The format's three escapes in a label value: backslash, double quote and line feed.
function escapeLabelValue (value: string): string {
  return value.replace(/[\\"\n]/g, character => character === '\n' ? '\\n' : `\\${character}`)
}

/** `method="GET",route="/v1/people/:name"`: written once per series, then reused at every scrape. */
export function labelText (labels: Labels): string {
  return labels.map(([name, value]) => `${name}="${escapeLabelValue(value)}"`).join(',')
}

/** One sample line; `labels` is a labelText(), possibly empty. */
export function sampleLine (name: string, labels: string, value: number): string {
  return `${name}${labels === '' ? '' : `{${labels}}`} ${formatValue(value)}\n`
}

/** The two comment lines that name a metric's meaning and type. */
export function headerLines (name: string, help: string, type: 'counter' | 'gauge' | 'histogram'): string {
  return `# HELP ${name} ${help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}\n# TYPE ${name} ${type}\n`
}

/** A metric with no labels, whole: its two comment lines and its one sample. */
export function singleSample (name: string, help: string, type: 'counter' | 'gauge', value: number): string {
  return headerLines(name, help, type) + sampleLine(name, '', value)
}

function formatValue (value: number): string {
  if (value === Infinity) return '+Inf'
  if (value === -Infinity) return '-Inf'
  return String(value)
}
