// The settings table of the README and chapter 6, in Markdown, from the settings src/config.ts reads.
import type { Setting } from '../../src/config.ts'

export function renderSettingsTable (settings: ReadonlyArray<Setting<unknown>>): string {
  const rows = settings.map(({ variable, shownDefault, range, meaning }) =>
    `| \`${variable}\` | ${shownDefault} | ${range === undefined ? '' : `${range.min} to ${range.max}`} | ${meaning} |`)
  return ['| variable | default | whole number from | meaning |', '|---|---|---|---|', ...rows].join('\n')
}
