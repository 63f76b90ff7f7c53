// Turns the inline Markdown of one paragraph into HTML: code spans, links, images, emphasis and backslash escapes.
import { escapeHtml } from '../../src/docs/html.ts'

export type LinkRewriter = (href: string) => string

const ESCAPABLE = /[!-/:-@[-`{-~]/
const WORD = /[\p{L}\p{N}]/u

/** Where the backtick run `run` closes after `from`, as a run of exactly that length; -1 if never. */
function closingRun (text: string, run: string, from: number): number {
  for (let at = text.indexOf(run, from); at !== -1; at = text.indexOf(run, at + 1)) {
    const isLonger = text[at + run.length] === '`' || text[at - 1] === '`'
    if (!isLonger) return at
    while (text[at + 1] === '`') at++
  }
  return -1
}

/** The index just past the code span or escape at `at`, or `at` itself if there is none: delimiters inside them do not count. */
function skipLiteral (text: string, at: number): number {
  if (text[at] === '\\' && ESCAPABLE.test(text[at + 1] ?? '')) return at + 2
  if (text[at] !== '`') return at
  const run = /^`+/.exec(text.slice(at))?.[0] ?? '`'
  const close = closingRun(text, run, at + run.length)
  return close === -1 ? at : close + run.length
}

function parseLink (text: string, start: number): { label: string, href: string, end: number } | undefined {
  let depth = 0
  let at = start
  while (at < text.length) {
    const next = skipLiteral(text, at)
    if (next !== at) { at = next; continue }
    if (text[at] === '[') depth++
    if (text[at] === ']' && --depth === 0) break
    at++
  }
  if (text[at] !== ']' || text[at + 1] !== '(') return undefined
  // The destination may hold balanced parentheses, as in a URL with (1).
  let parens = 0
  let end = at + 2
  for (; end < text.length; end++) {
    if (text[end] === '(') parens++
    if (text[end] === ')' && parens-- === 0) break
  }
  if (end >= text.length) return undefined
  const destination = text.slice(at + 2, end).trim().replace(/\s+"[^"]*"$/, '')
  if (/\s/.test(destination)) return undefined
  return { label: text.slice(start + 1, at), href: destination.replace(/^<(.*)>$/, '$1'), end: end + 1 }
}

// CommonMark's flanking rules, simplified: an opener is followed by a non-space, a closer
// preceded by one, and an underscore must not sit inside a word (snake_case stays as it is).
function parseEmphasis (text: string, start: number, rewrite: LinkRewriter): { html: string, end: number } | undefined {
  const mark = text[start] ?? ''
  const size = text[start + 1] === mark ? 2 : 1
  const delimiter = mark.repeat(size)
  const isOpener = !/\s/.test(text[start + size] ?? ' ') && (mark === '*' || !WORD.test(text[start - 1] ?? ''))
  if (!isOpener) return undefined
  let at = start + size
  while (at < text.length) {
    const next = skipLiteral(text, at)
    if (next !== at) { at = next; continue }
    if (text.startsWith(delimiter, at) && !/\s/.test(text[at - 1] ?? ' ') &&
      (mark === '*' || !WORD.test(text[at + size] ?? ''))) {
      const isPartOfLonger = size === 1 && text[at + 1] === mark
      if (!isPartOfLonger && at > start + size) {
        const tag = size === 2 ? 'strong' : 'em'
        return { html: `<${tag}>${renderInline(text.slice(start + size, at), rewrite)}</${tag}>`, end: at + size }
      }
      // A strong run inside emphasis (*a **b** c*) is skipped whole.
      at += isPartOfLonger ? 2 : size
      continue
    }
    at++
  }
  return undefined
}

export function renderInline (text: string, rewrite: LinkRewriter): string {
  let out = ''
  let at = 0
  while (at < text.length) {
    const character = text[at] ?? ''
    if (character === '\\' && ESCAPABLE.test(text[at + 1] ?? '')) {
      out += escapeHtml(text[at + 1] ?? '')
      at += 2
      continue
    }
    if (character === '`') {
      const run = /^`+/.exec(text.slice(at))?.[0] ?? '`'
      const close = closingRun(text, run, at + run.length)
      if (close === -1) {
        out += run
        at += run.length
        continue
      }
      // CommonMark §6.1: line endings become spaces, and one space each side is stripped.
      const code = text.slice(at + run.length, close).replace(/\n/g, ' ').replace(/^ (.*[^ ].*) $/, '$1')
      out += `<code>${escapeHtml(code)}</code>`
      at = close + run.length
      continue
    }
    if (character === '!' && text[at + 1] === '[') {
      const image = parseLink(text, at + 1)
      if (image !== undefined) {
        out += `<img src="${escapeHtml(rewrite(image.href))}" alt="${escapeHtml(image.label)}">`
        at = image.end
        continue
      }
    }
    if (character === '[') {
      const link = parseLink(text, at)
      if (link !== undefined) {
        out += `<a href="${escapeHtml(rewrite(link.href))}">${renderInline(link.label, rewrite)}</a>`
        at = link.end
        continue
      }
    }
    if (character === '<') {
      const autolink = /^<(https?:\/\/[^\s<>]+)>/.exec(text.slice(at))
      if (autolink?.[1] !== undefined) {
        out += `<a href="${escapeHtml(autolink[1])}">${escapeHtml(autolink[1])}</a>`
        at += autolink[0].length
        continue
      }
    }
    if (character === '*' || character === '_') {
      const emphasis = parseEmphasis(text, at, rewrite)
      if (emphasis !== undefined) {
        out += emphasis.html
        at = emphasis.end
        continue
      }
    }
    out += escapeHtml(character)
    at++
  }
  return out
}
