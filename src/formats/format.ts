// What a data format is to the API: the media types it answers to, and how it writes and reads.
import type { SwitchName } from '../switches/switch-names.ts'

export interface Format {
  /** Short name used in messages and switches: `json`, `yaml`, `csv`, `msgpack`. */
  name: string
  /** Media types of responses this format writes, the preferred spelling first. */
  produces: readonly string[]
  /** Media types of request bodies this format reads. */
  consumes: readonly string[]
  /**
   * Names clients still use for the same format, read in Accept and
   * Content-Type alike; an answer is labelled with `contentType` all the same.
   */
  aliases: readonly string[]
  /** The Content-Type of responses; text types name their charset. */
  contentType: string
  /**
   * `anything` carries every representation, the envelope and its errors
   * included; `people` carries only people, as rows (CSV).
   */
  carries: 'anything' | 'people'
  /** Absent for JSON: Fastify writes it from the compiled response schemas, which is fastest. */
  serialize?: (payload: unknown) => string | Buffer
  /** Absent when the format is not accepted in request bodies. */
  parse?: (body: Buffer) => unknown
  /** The switch that turns this format off, both ways; JSON has none and is always there. */
  switch?: SwitchName
}
