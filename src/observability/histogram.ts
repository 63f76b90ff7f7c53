// A Prometheus histogram whose series are kept by their callers, so that observing a value allocates nothing and hashes no labels.
import { headerLines, labelText, sampleLine } from './exposition.ts'
import type { Labels } from './exposition.ts'

/**
 * One series: how many values fell in each bucket (the last one is +Inf),
 * their sum and their number. prom-client's observe() hashes the label set
 * on every call, about 1 µs for a request's histogram and counter
 * (docs/14-performance.md); this costs a few comparisons.
 */
export class HistogramSeries {
  readonly labels: string
  readonly #bounds: readonly number[]
  readonly #counts: number[]
  sum = 0
  count = 0

  constructor (labels: Labels, bounds: readonly number[]) {
    this.labels = labelText(labels)
    this.#bounds = bounds
    this.#counts = new Array<number>(bounds.length + 1).fill(0)
  }

  observe (value: number): void {
    let bucket = 0
    for (const bound of this.#bounds) {
      if (value <= bound) break
      bucket++
    }
    this.#counts[bucket] = (this.#counts[bucket] ?? 0) + 1
    this.sum += value
    this.count++
  }

  /** The buckets as the format wants them: cumulative, each labelled with its upper bound. */
  lines (name: string): string {
    const withBound = this.labels === '' ? '' : `${this.labels},`
    let cumulative = 0
    let text = ''
    for (const [index, bound] of this.#bounds.entries()) {
      cumulative += this.#counts[index] ?? 0
      text += sampleLine(`${name}_bucket`, `${withBound}le="${bound}"`, cumulative)
    }
    return text +
      sampleLine(`${name}_bucket`, `${withBound}le="+Inf"`, this.count) +
      sampleLine(`${name}_sum`, this.labels, this.sum) +
      sampleLine(`${name}_count`, this.labels, this.count)
  }
}

export class Histogram {
  readonly name: string
  readonly #help: string
  readonly #bounds: readonly number[]
  readonly #series = new Map<string, HistogramSeries>()

  /** `bounds` are the buckets' upper bounds, in seconds, ascending. */
  constructor (name: string, help: string, bounds: readonly number[]) {
    this.name = name
    this.#help = help
    this.#bounds = bounds
  }

  /** The series of these labels, made on first use. Look it up once and keep it, not once per value. */
  series (labels: Labels): HistogramSeries {
    const key = labelText(labels)
    let series = this.#series.get(key)
    if (series === undefined) {
      series = new HistogramSeries(labels, this.#bounds)
      this.#series.set(key, series)
    }
    return series
  }

  exposition (): string {
    let text = headerLines(this.name, this.#help, 'histogram')
    for (const series of this.#series.values()) text += series.lines(this.name)
    return text
  }
}
