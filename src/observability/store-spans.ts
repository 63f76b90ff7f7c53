// Makes each store call of a traced request a span: the child of the span active when it starts, and the parent of the driver's own.
import { tracingChannel } from 'node:diagnostics_channel'
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api'
import type { Context, Span, Tracer } from '@opentelemetry/api'
import { STORE_CHANNEL } from './observed-store.ts'
import type { StoreCall } from './observed-store.ts'
import type { StorageContextManager } from './storage-context.ts'

interface TracedCall extends StoreCall {
  span?: Span
  error?: unknown
}

/**
 * Subscribes to the calls observeStore() publishes. The span is made in the
 * channel's `bindStore` transform, so that the call runs with it as the
 * active context and pg's and ioredis's spans nest under it. Answers a
 * function that unsubscribes.
 */
export function traceStoreCalls (tracer: Tracer, contextManager: StorageContextManager): () => void {
  const calls = tracingChannel<unknown, TracedCall>(STORE_CHANNEL)

  // Only calls made for a traced request: the key ring and switch board poll
  // the store several times a second, and a trace for each poll would be noise.
  function startSpan (call: TracedCall): Context {
    const parent = context.active()
    if (trace.getSpan(parent) === undefined) return parent
    call.span = tracer.startSpan(`store ${call.operation}`, { kind: SpanKind.INTERNAL, attributes: { 'store.operation': call.operation } }, parent)
    return trace.setSpan(parent, call.span)
  }

  function endSpan (message: unknown): void {
    (message as TracedCall).span?.end()
  }

  // Only the error's name: its message may quote SQL or the values in it,
  // and the request's log line, with the same trace id, holds the details.
  function markFailed (message: unknown): void {
    const { span, error } = message as TracedCall
    const name = error instanceof Error ? error.name : 'Error'
    span?.setAttribute('error.type', name)
    span?.setStatus({ code: SpanStatusCode.ERROR, message: name })
  }

  calls.start.bindStore(contextManager.storage, startSpan)
  calls.asyncEnd.subscribe(endSpan)
  calls.error.subscribe(markFailed)
  return () => {
    calls.error.unsubscribe(markFailed)
    calls.asyncEnd.unsubscribe(endSpan)
    calls.start.unbindStore(contextManager.storage)
  }
}
