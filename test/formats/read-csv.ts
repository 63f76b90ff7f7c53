// A strict RFC 4180 reader for tests: CRLF after every record, quotes only around whole fields.

/** Splits CSV text into records of cells; throws on anything RFC 4180 does not allow. */
export function readCsv (text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let index = 0
  while (index < text.length) {
    let cell = ''
    if (text[index] === '"') {
      index++
      for (;;) {
        if (index >= text.length) throw new Error('a quoted field is never closed')
        if (text[index] === '"') {
          if (text[index + 1] !== '"') break
          cell += '"'
          index += 2
        } else {
          cell += text[index]
          index++
        }
      }
      index++
    } else {
      while (index < text.length && !',\r\n'.includes(text[index] as string)) {
        if (text[index] === '"') throw new Error(`a quote inside an unquoted field at ${index}`)
        cell += text[index]
        index++
      }
    }
    record.push(cell)
    if (text[index] === ',') {
      index++
    } else if (text.startsWith('\r\n', index)) {
      records.push(record)
      record = []
      index += 2
    } else {
      throw new Error(`expected "," or CRLF at ${index}, found ${JSON.stringify(text.slice(index, index + 10))}`)
    }
  }
  if (record.length > 0) throw new Error('the last record does not end with CRLF')
  return records
}
