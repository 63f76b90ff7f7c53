// Rewrites a guide page's relative links for the static site: .md pages become their .html, other files keep pointing at the checkout.
import { dirname, relative, resolve, sep } from 'node:path'

/** Source file → the file written for it (a page, or a copied image), both absolute paths. */
export type PageMap = ReadonlyMap<string, string>

const hasScheme = (href: string): boolean => /^[a-z][a-z\d+.-]*:/i.test(href) || href.startsWith('//')

function toUrlPath (path: string): string {
  return encodeURI(path.split(sep).join('/'))
}

/**
 * Links out (https:, mailto:) and to this page's own headings stay as they
 * are. A link to another Markdown page of the site goes to its HTML page; a
 * link into the source tree (`../src/app.ts`) becomes a relative link from the
 * written page to that file, so it works wherever the site is written.
 */
export function linkRewriter (source: string, output: string, pages: PageMap): (href: string) => string {
  return (href) => {
    if (hasScheme(href) || href.startsWith('#')) return href
    const [path = '', fragment] = href.split('#', 2)
    const target = resolve(dirname(source), decodeURI(path))
    const written = pages.get(target) ?? target
    const isDirectory = path.endsWith('/')
    const link = toUrlPath(relative(dirname(output), written)) + (isDirectory ? '/' : '')
    return fragment === undefined ? link : `${link}#${fragment}`
  }
}
