// Renders a version's components: each schema the operations refer to, and each response header, once.
import { html } from './html.ts'
import type { Html } from './html.ts'
import { headerId, jsonView, schemaId } from './json-view.ts'
import type { VersionDocument } from './openapi-shapes.ts'

export function renderSchemas ({ version, document }: VersionDocument): Html {
  const schemas = Object.entries(document.components?.schemas ?? {}).map(([name, schema]) => html`
    <section id="${schemaId(version, name)}" class="schema">
      <h4><a href="#${schemaId(version, name)}">${name}</a></h4>
      ${jsonView(schema, version)}
    </section>`)
  return html`
  <section id="${version}-schemas">
    <h3><a href="#${version}-schemas">Schemas</a></h3>${schemas}
  </section>`
}

export function renderHeaders ({ version, document }: VersionDocument): Html {
  const rows = Object.entries(document.components?.headers ?? {}).map(([name, header]) => html`
        <tr id="${headerId(version, name)}"><td><code>${name}</code></td><td>${typeof header.description === 'string' ? header.description : ''}</td></tr>`)
  return html`
  <section id="${version}-headers">
    <h3><a href="#${version}-headers">Response headers</a></h3>
    <table>
      <thead><tr><th>header</th><th>meaning</th></tr></thead>
      <tbody>${rows}
      </tbody>
    </table>
  </section>`
}
