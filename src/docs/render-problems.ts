// Renders the error catalogue, one row per problem code, each the target of a v2 problem `type`.
import { PROBLEMS } from '../errors.ts'
import { problemType } from '../responses/problem-details.ts'
import { html } from './html.ts'
import type { Html } from './html.ts'

/** The page id of a problem code: its type URI's fragment, `problem-person-not-found`. */
export function problemId (code: string): string {
  return problemType(code).split('#')[1] ?? code
}

export function renderProblems (): Html {
  const rows = Object.entries(PROBLEMS).map(([code, { status, title }]) => {
    const id = problemId(code)
    return html`
        <tr id="${id}"><td><a href="#${id}"><code>${problemType(code)}</code></a></td><td><code>${code}</code></td><td>${status}</td><td>${title}</td></tr>`
  })
  return html`
  <section id="problems">
    <h2><a href="#problems">Errors</a></h2>
    <p>Version 1 answers an error in its envelope, <code>{"status": "error", "message": …}</code>.
      Version 2 answers RFC 9457 problem details, whose <code>type</code> is one of the URIs below: each leads to its own row.
      The code and the type never change once published; the title is the same for every problem of a type.</p>
    <table class="problems">
      <thead><tr><th>type</th><th>code</th><th>status</th><th>title</th></tr></thead>
      <tbody>${rows}
      </tbody>
    </table>
  </section>`
}
