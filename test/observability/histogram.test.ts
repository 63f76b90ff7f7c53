// Checks the histogram the hot path observes into, and the text it writes for Prometheus.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Histogram } from '../../src/observability/histogram.ts'
import { readSamples } from './samples.ts'

test('a value counts in the first bucket whose bound it does not exceed, and the buckets are written cumulative', () => {
  const histogram = new Histogram('took_seconds', 'How long it took.', [0.1, 0.5, 1])
  const series = histogram.series([['step', 'read']])
  for (const value of [0.05, 0.1, 0.3, 0.7, 2]) series.observe(value)

  const samples = readSamples(histogram.exposition())
  assert.deepEqual([...samples], [
    ['took_seconds_bucket{step="read",le="0.1"}', 2],
    ['took_seconds_bucket{step="read",le="0.5"}', 3],
    ['took_seconds_bucket{step="read",le="1"}', 4],
    ['took_seconds_bucket{step="read",le="+Inf"}', 5],
    ['took_seconds_sum{step="read"}', 3.15],
    ['took_seconds_count{step="read"}', 5]
  ])
  assert.match(histogram.exposition(), /^# HELP took_seconds How long it took\.\n# TYPE took_seconds histogram\n/)
})

test('the same labels give the same series, which a caller keeps', () => {
  const histogram = new Histogram('took_seconds', 'How long it took.', [1])
  assert.equal(histogram.series([['step', 'read']]), histogram.series([['step', 'read']]))
  assert.notEqual(histogram.series([['step', 'read']]), histogram.series([['step', 'write']]))
})

test('label values are escaped as the format requires, so no value can forge a line', () => {
  const histogram = new Histogram('took_seconds', 'How long it took.', [1])
  histogram.series([['route', 'a\\b"c\nd']]).observe(0.5)
  const text = histogram.exposition()
  assert.ok(text.includes('took_seconds_count{route="a\\\\b\\"c\\nd"} 1\n'), text)
  assert.equal(text.split('\n').filter(line => line.startsWith('took_seconds')).length, 4)
})

test('without labels, the samples carry only le', () => {
  const histogram = new Histogram('took_seconds', 'How long it took.', [1])
  histogram.series([]).observe(3)
  assert.deepEqual([...readSamples(histogram.exposition()).keys()], ['took_seconds_bucket{le="1"}', 'took_seconds_bucket{le="+Inf"}', 'took_seconds_sum', 'took_seconds_count'])
})
