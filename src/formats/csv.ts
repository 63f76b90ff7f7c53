// CSV (RFC 4180) for people: a header row, then one row per person.
import { stringify } from 'csv-stringify/sync'
import type { Format } from './format.ts'

const COLUMNS = ['name', 'email', 'comment'] as const

interface PersonRow {
  name: string
  email: string
  comment: string | null
}

/** The people in a payload: a v1 envelope's result, a v2 page's items, or one person. */
function peopleIn (payload: unknown): PersonRow[] {
  const body = payload as { result?: unknown, items?: unknown }
  const people = body.result ?? body.items ?? payload
  return (Array.isArray(people) ? people : [people]) as PersonRow[]
}

export function toCsv (payload: unknown): string {
  return stringify(peopleIn(payload), {
    header: true,
    columns: [...COLUMNS],
    record_delimiter: 'windows',
    // With CRLF between records, a bare LF or CR inside a cell must be quoted too.
    quote_record_delimiter: true,
    // A cell starting with = + - @ is a formula to a spreadsheet; prefixing a
    // quote makes it inert text (OWASP CSV injection).
    escape_formulas: true,
    cast: { string: (value) => value }
  })
}

export const csv: Format = {
  name: 'csv',
  switch: 'format.csv',
  produces: ['text/csv'],
  consumes: [],
  aliases: [],
  contentType: 'text/csv; charset=utf-8; header=present',
  carries: 'people',
  serialize: toCsv
}
