// Shows a schema or an example as indented JSON, with each $ref a link to the schema it names.
import { escapeHtml, unsafeHtml } from './html.ts'
import type { Html } from './html.ts'

/** The page id of a component schema, one per version: `v1-schema-Person`. */
export function schemaId (version: string, name: string): string {
  return `${version}-schema-${name}`
}

/** The page id of a component header: `v1-header-ETag`. */
export function headerId (version: string, name: string): string {
  return `${version}-header-${name}`
}

// Matched after escaping, so the name in the link is already safe to print.
const REF = /&quot;\$ref&quot;: &quot;#\/components\/schemas\/([\w.-]+)&quot;/g

export function jsonView (value: unknown, version: string): Html {
  const escaped = escapeHtml(JSON.stringify(value, null, 2) ?? 'undefined')
  const linked = escaped.replace(REF, (_match, name: string) =>
    `&quot;$ref&quot;: <a href="#${schemaId(version, name)}">&quot;#/components/schemas/${name}&quot;</a>`)
  return unsafeHtml(`<pre class="json"><code>${linked}</code></pre>`)
}
