// The frame of every page of the static site except the reference: the navigation beside the converted Markdown.
import { html, unsafeHtml } from '../../src/docs/html.ts'

export interface NavLink {
  href: string
  text: string
  /** True for the page being shown. */
  isCurrent?: boolean
}

export interface SitePage {
  title: string
  /** HTML made by the Markdown converter, which escapes all text it copies. */
  body: string
  nav: readonly NavLink[]
  stylesheet: string
}

export function renderSitePage ({ title, body, nav, stylesheet }: SitePage): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${stylesheet}">
</head>
<body class="guide">
<nav class="toc" aria-label="Site">
  <ul>${nav.map(({ href, text, isCurrent = false }) => html`
    <li><a href="${href}"${isCurrent ? html` aria-current="page"` : ''}>${text}</a></li>`)}
  </ul>
</nav>
<main>
${unsafeHtml(body)}
</main>
</body>
</html>
`.text
}
