// Draws the results as a small hand-written SVG: grouped bars of requests per second, with the median ratios as labels.
import { LIST_DEEP, LIST_FIRST } from './compare.ts'
import { FLOORS } from './report.ts'
import type { Ratio, Summary } from './report.ts'
import { TARGETS } from './specs.ts'

interface Bar { label: string, value: number, color: string }
interface Group { title: string, notes: string[], bars: Bar[] }

export interface ChartInput {
  summaries: readonly Summary[]
  ratios: readonly Ratio[]
  rounds: number
  connections: number
  caption: string
}

const WIDTH = 1100
const HEIGHT = 540
const PLOT = { left: 80, right: 1070, top: 90, bottom: 400 }
const COLORS: Record<string, string> = {
  'baseline A': '#adb5bd',
  'baseline B': '#5c7080',
  'B + headers': '#868e96',
  Express: '#7950f2',
  Hono: '#1c7ed6',
  app: '#d9480f',
  [LIST_FIRST]: '#d9480f',
  [LIST_DEEP]: '#f59f00'
}
// What each bar says under it, where its legend name would not fit a bar's width.
const BAR_LABELS: Record<string, string> = { 'baseline A': 'A', 'baseline B': 'B', 'B + headers': 'B+h' }
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif"'

function escapeXml (text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')
}

function text (x: number, y: number, content: string, attributes = ''): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attributes}>${escapeXml(content)}</text>`
}

function short (value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(1)}k` : value.toFixed(0)
}

/** A round step (1, 2 or 5 times a power of ten) that gives about five grid lines. */
function niceStep (max: number): number {
  const rough = max / 5
  const power = 10 ** Math.floor(Math.log10(rough))
  return [1, 2, 5, 10].map(factor => factor * power).find(step => step >= rough) ?? rough
}

function groupsOf (input: ChartInput): Group[] {
  const rps = (workload: string, target: string): number => input.summaries.find(row => row.workload === workload && row.target === target)?.rps ?? 0
  const ratio = (workload: string, label: string): string => {
    const value = input.ratios.find(row => row.workload === workload && row.label === label)?.median
    return value === undefined || Number.isNaN(value) ? '-' : `${value.toFixed(2)}×`
  }
  const compared = [...new Set(input.summaries.filter(row => row.target === 'app').map(row => row.workload))].filter(workload => !workload.startsWith('list'))
  const groups: Group[] = compared.map(workload => ({
    title: workload,
    notes: FLOORS.map(({ short }) => `app / ${short}: ${ratio(workload, `app / ${short}, req/s`)} req/s, ${ratio(workload, `app / ${short}, CPU per request`)} CPU`),
    bars: TARGETS.map(target => ({ label: target, value: rps(workload, target), color: COLORS[target] ?? '#888' }))
  }))
  const lists = input.summaries.filter(row => row.workload.startsWith('list'))
  if (lists.length > 0) {
    groups.push({
      title: 'list, 1M people (app)',
      notes: [
        `deep / first, time: ${ratio('list', 'deep / first, time per request')}`,
        `deep / first, CPU: ${ratio('list', 'deep / first, CPU per request')}`
      ],
      bars: lists.map(row => ({ label: row.workload === LIST_DEEP ? 'at 900k' : 'page 1', value: row.rps, color: COLORS[row.workload] ?? '#888' }))
    })
  }
  return groups
}

export function renderChart (input: ChartInput): string {
  const groups = groupsOf(input)
  const max = Math.max(1, ...groups.flatMap(group => group.bars.map(bar => bar.value)))
  const step = niceStep(max * 1.1)
  const top = Math.ceil((max * 1.1) / step) * step
  const y = (value: number): number => PLOT.bottom - (value / top) * (PLOT.bottom - PLOT.top)
  const parts: string[] = []

  for (let tick = 0; tick <= top + step / 2; tick += step) {
    parts.push(`<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}" stroke="#e9ecef"/>`)
    parts.push(text(PLOT.left - 8, y(tick) + 4, short(tick), 'text-anchor="end" font-size="12" fill="#495057"'))
  }

  const groupWidth = (PLOT.right - PLOT.left) / Math.max(1, groups.length)
  const barWidth = Math.min(52, groupWidth / Math.max(...groups.map(group => group.bars.length)) - 10)
  groups.forEach((group, index) => {
    const center = PLOT.left + groupWidth * (index + 0.5)
    const start = center - (group.bars.length * (barWidth + 8) - 8) / 2
    group.bars.forEach((bar, barIndex) => {
      const x = start + barIndex * (barWidth + 8)
      parts.push(`<rect x="${x.toFixed(1)}" y="${y(bar.value).toFixed(1)}" width="${barWidth}" height="${(PLOT.bottom - y(bar.value)).toFixed(1)}" fill="${bar.color}"><title>${escapeXml(`${group.title}, ${bar.label}: ${bar.value.toFixed(0)} req/s`)}</title></rect>`)
      parts.push(text(x + barWidth / 2, y(bar.value) - 6, short(bar.value), 'text-anchor="middle" font-size="12" fill="#212529"'))
      parts.push(text(x + barWidth / 2, PLOT.bottom + 16, BAR_LABELS[bar.label] ?? bar.label, 'text-anchor="middle" font-size="10" fill="#495057"'))
    })
    parts.push(text(center, PLOT.bottom + 40, group.title, 'text-anchor="middle" font-size="14" font-weight="600" fill="#212529"'))
    group.notes.forEach((note, line) => parts.push(text(center, PLOT.bottom + 60 + 16 * line, note, 'text-anchor="middle" font-size="10" fill="#495057"')))
  })

  const legend = [['baseline A', 'A: bare Fastify'], ['baseline B', 'B: Fastify + SQLite'], ['B + headers', 'B+h: B + headers'], ['Express', 'Express 5 + SQLite'], ['Hono', 'Hono + SQLite'], ['app', 'app, everything on']]
  legend.forEach(([key = '', label = ''], index) => {
    const x = PLOT.left + index * 165
    parts.push(`<rect x="${x}" y="52" width="12" height="12" fill="${COLORS[key] ?? '#888'}"/>`)
    parts.push(text(x + 18, 62, label, 'font-size="12" fill="#212529"'))
  })

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" ${FONT} role="img">`,
    '<title>Requests per second: the app against baselines and peers</title>',
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    text(PLOT.left, 32, `Requests per second, median of ${input.rounds} alternating rounds, ${input.connections} connections`, 'font-size="18" font-weight="600" fill="#212529"'),
    ...parts,
    `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}" stroke="#495057"/>`,
    text(PLOT.left, HEIGHT - 14, input.caption, 'font-size="11" fill="#868e96"'),
    '</svg>',
    ''
  ].join('\n')
}
