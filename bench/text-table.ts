// Plain-text tables for the terminal, and the ways their numbers are written: '-' where there is no number.
import type { Spread } from './median.ts'

/** Columns padded to their widest cell; columns of numbers right-aligned. */
export function formatTable (header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map(row => (row[column] ?? '').length)))
  const isNumeric = (column: number): boolean => rows.every(row => /^(?:-|[-+]?[\d.]+(?:[–-][-+]?[\d.]+)?)$/.test(row[column] ?? ''))
  const line = (cells: readonly string[]): string => cells.map((cell, column) =>
    isNumeric(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()
  return [line(header), widths.map(width => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n')
}

export const fixed = (value: number, digits = 0): string => Number.isFinite(value) ? value.toFixed(digits) : '-'
export const signed = (value: number, digits = 0): string => Number.isFinite(value) ? `${value >= 0 ? '+' : ''}${value.toFixed(digits)}` : '-'
/** The lowest and highest round, as "0.52–0.61". */
export const range = ({ min, max }: Spread, digits = 2): string => `${fixed(min, digits)}–${fixed(max, digits)}`
