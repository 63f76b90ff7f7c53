// Starts tracing for a test file, every span exported to memory; imported first, so that pg is instrumented before anything loads it.
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace'
import type { ReadableSpan } from '@opentelemetry/sdk-trace'
import { startTracing } from '../../src/observability/tracing.ts'

const exporter = new InMemorySpanExporter()
const processor = new SimpleSpanProcessor({ exporter })

startTracing({ spanProcessors: [processor] })

/** Every span ended so far; the first ones wait for the resource to be detected before they are exported. */
export async function finishedSpans (): Promise<ReadableSpan[]> {
  await processor.forceFlush()
  return exporter.getFinishedSpans()
}

export function forgetSpans (): void {
  exporter.reset()
}
