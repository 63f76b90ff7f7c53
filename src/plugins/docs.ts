// Serves /docs: one section per resource, built from the routes themselves, where the v1 browser redirect lands.
import type { FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'
import { PROBLEMS } from '../errors.ts'
import { problemType } from './errors.ts'
import { DOCS_HELMET } from './security-headers.ts'

interface Operation {
  method: string
  url: string
  capability: string
}

function escapeHtml (text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')
}

// Every problem type of v2 resolves here: /docs#problem-person-not-found, and so on.
function renderProblems (): string {
  const rows = Object.entries(PROBLEMS).map(([code, { status, title }]) => {
    const id = problemType(code).split('#')[1] ?? code
    return `    <tr id="${id}"><td><a href="#${id}">${code}</a></td><td>${status}</td><td>${escapeHtml(title)}</td></tr>`
  })
  return `
<section id="problems">
  <h2><a href="#problems">Errors</a></h2>
  <p>v1 answers errors in its envelope; v2 in RFC 9457 problem details whose <code>type</code> links to the row below.</p>
  <table>
    <tr><th>code</th><th>status</th><th>title</th></tr>
${rows.join('\n')}
  </table>
</section>`
}

function renderPage (sections: Map<string, Operation[]>): string {
  const body = [...sections].map(([id, operations]) => `
<section id="${escapeHtml(id)}">
  <h2><a href="#${escapeHtml(id)}">${escapeHtml(id)}</a></h2>
  <table>
    <tr><th>method</th><th>path</th><th>capability</th></tr>
${operations.map(({ method, url, capability }) => `    <tr><td>${method}</td><td><code>${escapeHtml(url)}</code></td><td>${escapeHtml(capability)}</td></tr>`).join('\n')}
  </table>
</section>`).join('\n')
  return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>rest-api-blueprint: API reference</title>
<h1>rest-api-blueprint</h1>
<p>Send <code>Authorization: Bearer &lt;key&gt;</code> and an <code>Accept</code> header naming a data format:
<code>application/json</code>, <code>application/yaml</code>, <code>text/csv</code> or <code>application/msgpack</code>.</p>
${body}
${renderProblems()}
</html>
`
}

const docs: FastifyPluginAsync = async (app) => {
  const sections = new Map<string, Operation[]>()
  // Collected as routes are added, so the page can never list a route that does not exist.
  app.addHook('onRoute', (route) => {
    const section = route.config?.docs?.split('#')[1]
    if (section === undefined) return
    const methods = [route.method].flat().filter(method => method !== 'HEAD' && method !== 'OPTIONS')
    const operations = sections.get(section) ?? []
    for (const method of methods) operations.push({ method, url: route.url, capability: route.config?.capability ?? 'any key' })
    sections.set(section, operations)
  })

  let page: string | undefined
  app.get('/docs', { config: { public: true, negotiated: false }, helmet: DOCS_HELMET, schema: { hide: true } }, async (_request, reply) => {
    page ??= renderPage(sections)
    return reply.type('text/html; charset=utf-8').send(page)
  })
}

export default fp(docs, { name: 'docs' })
