// A stand-in for an OpenTelemetry collector on this machine: accepts OTLP/HTTP trace exports, counts their spans and throws them away.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'

export interface SinkCounts {
  posts: number
  bytes: number
  spans: number
}

export interface OtlpSink {
  /** For OTEL_EXPORTER_OTLP_ENDPOINT: the exporter posts to its /v1/traces. */
  url: string
  counts: () => SinkCounts
  reset: () => void
  close: () => Promise<void>
}

/** Each length-delimited field (wire type 2) of a protobuf message, as [field number, start, end]; others are skipped. */
function * lengthDelimited (buffer: Buffer, start: number, end: number): Generator<[number, number, number]> {
  let at = start
  const varint = (): number => {
    let value = 0
    let shift = 0
    let byte: number
    do {
      byte = buffer[at++] ?? 0
      value += (byte & 0x7f) * 2 ** shift
      shift += 7
    } while (byte >= 0x80)
    return value
  }
  while (at < end) {
    const tag = varint()
    const wireType = tag & 7
    if (wireType === 0) varint()
    else if (wireType === 1) at += 8
    else if (wireType === 5) at += 4
    else {
      const length = varint()
      yield [Math.floor(tag / 8), at, at + length]
      at += length
    }
  }
}

/**
 * ExportTraceServiceRequest: resource_spans (1) → scope_spans (2) → spans
 * (2). Only these three levels are walked; the spans themselves are skipped.
 */
function countSpans (body: Buffer): number {
  let spans = 0
  for (const [field, start, end] of lengthDelimited(body, 0, body.length)) {
    if (field !== 1) continue
    for (const [scopeField, scopeStart, scopeEnd] of lengthDelimited(body, start, end)) {
      if (scopeField !== 2) continue
      for (const [spanField] of lengthDelimited(body, scopeStart, scopeEnd)) if (spanField === 2) spans++
    }
  }
  return spans
}

export async function startOtlpSink (): Promise<OtlpSink> {
  let counts: SinkCounts = { posts: 0, bytes: 0, spans: 0 }
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const received = Buffer.concat(chunks)
      // OTEL_EXPORTER_OTLP_COMPRESSION=gzip compresses each export.
      const body = request.headers['content-encoding'] === 'gzip' ? gunzipSync(received) : received
      counts.posts++
      counts.bytes += received.length
      counts.spans += countSpans(body)
      // An empty ExportTraceServiceResponse: everything was accepted.
      response.writeHead(200, { 'content-type': 'application/x-protobuf' }).end()
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    counts: () => ({ ...counts }),
    reset: () => { counts = { posts: 0, bytes: 0, spans: 0 } },
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }
}
