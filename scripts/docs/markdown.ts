// Converts the guide's Markdown to HTML: the subset it uses (headings with ids, paragraphs, lists, code, tables, quotes, comments), nothing more.
import { escapeHtml } from '../../src/docs/html.ts'
import { renderInline } from './markdown-inline.ts'
import type { LinkRewriter } from './markdown-inline.ts'

export interface MarkdownPage {
  html: string
  /** The text of the first level-1 heading, or '' if there is none. */
  title: string
}

interface Context {
  rewrite: LinkRewriter
  slugs: Map<string, number>
  title: string
}

const FENCE = /^( *)(`{3,}|~{3,})\s*([\w+-]*)/
const HEADING = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/
const RULE = /^ {0,3}([-*_])(?: *\1){2,} *$/
const QUOTE = /^ {0,3}> ?/
const LIST_ITEM = /^( {0,3})([-*+]|(\d{1,9})[.)])( +|$)/
const COMMENT = /^ {0,3}<!--/
const TABLE_DIVIDER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/

const isBlank = (line: string): boolean => line.trim() === ''

function decodeEntities (text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_match, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '')
}

/** GitHub's heading ids: lower case, punctuation dropped, spaces as hyphens, and -1, -2… for repeats. */
export function slugOf (text: string, slugs: Map<string, number>): string {
  const base = text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-')
  const seen = slugs.get(base) ?? 0
  slugs.set(base, seen + 1)
  return seen === 0 ? base : `${base}-${seen}`
}

/** Whether a line ends a paragraph by starting another block; an ordered list interrupts only from 1 (CommonMark §5.2). */
function startsBlock (line: string): boolean {
  const item = LIST_ITEM.exec(line)
  const isListStart = item !== null && !isBlank(line.slice(item[0].length)) && (item[3] === undefined || item[3] === '1')
  return FENCE.test(line) || HEADING.test(line) || RULE.test(line) || QUOTE.test(line) || COMMENT.test(line) || isListStart
}

function splitRow (line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/).map(cell => cell.trim())
}

function renderTable (lines: string[], context: Context): string {
  const alignments = splitRow(lines[1] ?? '').map(cell =>
    cell.startsWith(':') && cell.endsWith(':') ? 'center' : cell.endsWith(':') ? 'right' : undefined)
  const row = (line: string, tag: 'th' | 'td'): string => `<tr>${splitRow(line).map((cell, index) => {
    const align = alignments[index]
    return `<${tag}${align === undefined ? '' : ` class="align-${align}"`}>${renderInline(cell, context.rewrite)}</${tag}>`
  }).join('')}</tr>`
  const body = lines.slice(2).map(line => row(line, 'td')).join('\n')
  return `<table>\n<thead>${row(lines[0] ?? '', 'th')}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`
}

/** The lines of one list item, its content dedented, and where the item ends. */
function readItem (lines: string[], start: number, indent: number): { content: string[], end: number, hasGap: boolean } {
  const content: string[] = []
  let at = start + 1
  let hasGap = false
  while (at < lines.length) {
    const line = lines[at] ?? ''
    if (isBlank(line)) {
      const next = lines.slice(at + 1).find(candidate => !isBlank(candidate))
      if (next === undefined || next.search(/\S/) < indent) break
      hasGap = true
      content.push('')
    } else if (line.search(/\S/) >= indent) {
      content.push(line.slice(indent))
    } else if (!startsBlock(line) && !isBlank(lines[at - 1] ?? '') && !LIST_ITEM.test(line)) {
      content.push(line.trimStart()) // a lazy continuation of the paragraph above
    } else {
      break
    }
    at++
  }
  return { content, end: at, hasGap }
}

function renderList (lines: string[], start: number, context: Context): { html: string, end: number } {
  const first = LIST_ITEM.exec(lines[start] ?? '')
  const isOrdered = first?.[3] !== undefined
  const items: string[][] = []
  let isLoose = false
  let at = start
  while (at < lines.length) {
    const marker = LIST_ITEM.exec(lines[at] ?? '')
    if (marker === null || (marker[3] !== undefined) !== isOrdered) break
    const indent = marker[0].length
    const item = readItem(lines, at, indent)
    items.push([(lines[at] ?? '').slice(indent), ...item.content])
    isLoose ||= item.hasGap
    at = item.end
    // A blank line between two items makes the whole list loose.
    if (isBlank(lines[at] ?? '') && LIST_ITEM.test(lines.slice(at).find(line => !isBlank(line)) ?? '')) {
      isLoose = true
      while (isBlank(lines[at] ?? '') && at < lines.length) at++
    }
  }
  const tag = isOrdered ? 'ol' : 'ul'
  const startAttribute = isOrdered && first?.[3] !== '1' ? ` start="${Number(first?.[3])}"` : ''
  const html = items.map(item => `<li>${renderBlocks(item, context, !isLoose)}</li>`).join('\n')
  return { html: `<${tag}${startAttribute}>\n${html}\n</${tag}>`, end: at }
}

function renderBlocks (lines: string[], context: Context, isTight = false): string {
  const out: string[] = []
  let at = 0
  while (at < lines.length) {
    const line = lines[at] ?? ''
    const fence = FENCE.exec(line)
    const heading = HEADING.exec(line)
    if (isBlank(line)) {
      at++
    } else if (fence !== null) {
      const [, indent = '', marker = '```', language = ''] = fence
      const close = lines.findIndex((candidate, index) => index > at && candidate.trim().startsWith(marker) && candidate.trim().replace(/[`~]/g, '') === '')
      const end = close === -1 ? lines.length : close
      const code = lines.slice(at + 1, end).map(codeLine => codeLine.replace(new RegExp(`^ {0,${indent.length}}`), '')).join('\n')
      const languageClass = language === '' ? '' : ` class="language-${escapeHtml(language)}"`
      out.push(`<pre><code${languageClass}>${escapeHtml(code)}${code === '' ? '' : '\n'}</code></pre>`)
      at = end + 1
    } else if (heading !== null) {
      const [, hashes = '#', text = ''] = heading
      const inner = renderInline(text, context.rewrite)
      const plain = decodeEntities(inner.replace(/<[^>]*>/g, ''))
      if (hashes.length === 1 && context.title === '') context.title = plain
      const id = slugOf(plain, context.slugs)
      out.push(`<h${hashes.length} id="${escapeHtml(id)}">${inner}</h${hashes.length}>`)
      at++
    } else if (COMMENT.test(line)) {
      // Notes for whoever edits the file, such as the markers around generated text: not part of the page.
      const close = lines.findIndex((candidate, index) => index >= at && candidate.includes('-->'))
      at = close === -1 ? lines.length : close + 1
    } else if (RULE.test(line)) {
      out.push('<hr>')
      at++
    } else if (line.includes('|') && TABLE_DIVIDER.test(lines[at + 1] ?? '')) {
      let end = at + 2
      while (end < lines.length && (lines[end] ?? '').includes('|') && !isBlank(lines[end] ?? '')) end++
      out.push(renderTable(lines.slice(at, end), context))
      at = end
    } else if (QUOTE.test(line)) {
      let end = at
      while (end < lines.length && QUOTE.test(lines[end] ?? '')) end++
      out.push(`<blockquote>\n${renderBlocks(lines.slice(at, end).map(quoted => quoted.replace(QUOTE, '')), context)}\n</blockquote>`)
      at = end
    } else if (LIST_ITEM.test(line)) {
      const list = renderList(lines, at, context)
      out.push(list.html)
      at = list.end
    } else {
      let end = at + 1
      while (end < lines.length && !isBlank(lines[end] ?? '') && !startsBlock(lines[end] ?? '')) end++
      const text = renderInline(lines.slice(at, end).map(paragraphLine => paragraphLine.trim()).join('\n'), context.rewrite)
      out.push(isTight ? text : `<p>${text}</p>`)
      at = end
    }
  }
  return out.join('\n')
}

export function markdownToHtml (source: string, rewrite: LinkRewriter = href => href): MarkdownPage {
  const context: Context = { rewrite, slugs: new Map(), title: '' }
  const html = renderBlocks(source.replace(/\r\n?/g, '\n').split('\n'), context)
  return { html: `${html}\n`, title: context.title }
}
