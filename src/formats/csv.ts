// CSV (RFC 4180) for people: a header row, then one row per person.
import { stringify } from 'csv-stringify/sync'
import { fieldNames, PERSON_FIELDS } from '../person/fields.ts'
import type { PersonFields } from '../person/fields.ts'
import type { Format } from './format.ts'

/** The columns, in order: the name, then every declared field; never the times the server keeps. */
export function csvColumns (fields: PersonFields = PERSON_FIELDS): string[] {
  return ['name', ...fieldNames(fields)]
}

/** What a CSV answer holds, in a sentence for the API description. */
export function csvDescription (fields: PersonFields = PERSON_FIELDS): string {
  return `RFC 4180 CSV: a header row ${csvColumns(fields).join(',')}, then one row per person.`
}

/** The people in a payload: a v1 envelope's result, a v2 page's items, or one person. */
function peopleIn (payload: unknown): unknown[] {
  const body = payload as { result?: unknown, items?: unknown }
  const people = body.result ?? body.items ?? payload
  return Array.isArray(people) ? people : [people]
}

/** Writes the people in a payload as CSV, one column for each of csvColumns(fields). */
export function csvWriter (fields: PersonFields = PERSON_FIELDS): (payload: unknown) => string {
  const columns = csvColumns(fields)
  return payload => stringify(peopleIn(payload), {
    header: true,
    columns,
    record_delimiter: 'windows',
    // With CRLF between records, a bare LF or CR inside a cell must be quoted too.
    quote_record_delimiter: true,
    // A cell starting with = + - @ is a formula to a spreadsheet; prefixing a
    // quote makes it inert text (OWASP CSV injection).
    escape_formulas: true,
    cast: { string: (value) => value }
  })
}

export const toCsv = csvWriter()

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
