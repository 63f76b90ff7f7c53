// Renders the API reference page from the OpenAPI documents: pure, so the server and the static build share it.
import { html } from './html.ts'
import type { Html } from './html.ts'
import { operationsByTag } from './openapi-shapes.ts'
import type { PathOperation, VersionDocument } from './openapi-shapes.ts'
import { renderHeaders, renderSchemas } from './render-components.ts'
import { renderOperation } from './render-operation.ts'
import { renderProblems } from './render-problems.ts'

export interface ReferenceOptions {
  /** Where reference.css and try-it.js are, ending in "/": `/docs/assets/` on the server. */
  assetBase: string
  /** The link to a version's OpenAPI document. */
  openapiHref: (version: string) => string
  /** The origin "Try it" sends requests to: '' for the page's own; undefined leaves the forms out. */
  apiBaseUrl: string | undefined
  /** Links shown above the reference, such as the way back to the guide in the static site. */
  links?: ReadonlyArray<{ href: string, text: string }>
}

/**
 * The id of a resource's section: `v1-people`. The v1 browser redirect and
 * v1's Deprecation link point here, so these ids must never change.
 */
export function resourceId (version: string, tag: string): string {
  return `${version}-${tag}`
}

// Tags are short words in the routes; the page gives them a heading a reader understands.
const TAG_TITLES: Record<string, string> = {
  keys: 'Keys (administration)',
  switches: 'Switches (administration)',
  operations: 'Health and readiness'
}

const title = (tag: string): string => TAG_TITLES[tag] ?? tag.charAt(0).toUpperCase() + tag.slice(1)

interface Resource {
  id: string
  tag: string
  operations: PathOperation[]
}

/** The version's own resources first (people before administration and health), each in the document's order. */
function resourcesOf ({ version, prefix, document }: VersionDocument): Resource[] {
  const resources = [...operationsByTag(document)].map(([tag, operations]) => ({ id: resourceId(version, tag), tag, operations }))
  const isOwn = (resource: Resource): boolean => resource.operations.some(({ path }) => path.startsWith(`${prefix}/`))
  return [...resources.filter(isOwn), ...resources.filter(resource => !isOwn(resource))]
}

function renderToc (versions: readonly VersionDocument[]): Html {
  const items = versions.map(entry => html`
      <li><a href="#${entry.version}">Version ${entry.version.slice(1)}</a>
        <ul>${resourcesOf(entry).map(({ id, tag, operations }) => html`
          <li><a href="#${id}">${title(tag)}</a>
            <ul>${operations.map(({ method, path, operation }) => html`
              <li><a href="#${operation.operationId}"><span class="method method-${method}">${method.toUpperCase()}</span> ${path}</a></li>`)}
            </ul></li>`)}
          <li><a href="#${entry.version}-schemas">Schemas</a> and <a href="#${entry.version}-headers">headers</a></li>
        </ul></li>`)
  return html`
  <nav class="toc" aria-label="Contents">
    <p><a href="#top">API reference</a></p>
    <ul>${items}
      <li><a href="#problems">Errors</a></li>
    </ul>
  </nav>`
}

/** An operation both versions share (health, readiness) is described once; the second version points at it. */
function renderResource ({ id, tag, operations }: Resource, entry: VersionDocument, seen: Set<string>, isTryItOn: boolean): Html {
  const context = { version: entry.version, document: entry.document, isTryItOn }
  const rendered = operations.map(item => {
    const { operationId } = item.operation
    if (seen.has(operationId)) {
      return html`
    <p class="shared"><span class="method method-${item.method}">${item.method.toUpperCase()}</span> <code>${item.path}</code>:
      the same in every version, see <a href="#${operationId}">${operationId}</a>.</p>`
    }
    seen.add(operationId)
    return renderOperation(item, context)
  })
  return html`
  <section id="${id}">
    <h3><a href="#${id}">${title(tag)}</a></h3>${rendered}
  </section>`
}

function renderVersion (entry: VersionDocument, options: ReferenceOptions, seen: Set<string>): Html {
  const { version, document } = entry
  return html`
  <section id="${version}" class="version">
    <h2><a href="#${version}">Version ${version.slice(1)}</a></h2>
    <p>${document.info.description ?? ''}</p>
    <p>Machine-readable: <a href="${options.openapiHref(version)}">the OpenAPI ${version} document</a>.</p>
    ${resourcesOf(entry).map(resource => renderResource(resource, entry, seen, options.apiBaseUrl !== undefined))}
    ${renderSchemas(entry)}
    ${renderHeaders(entry)}
  </section>`
}

function renderIntro (versions: readonly VersionDocument[], { apiBaseUrl, links = [] }: ReferenceOptions): Html {
  const tryIt = apiBaseUrl === undefined
    ? html`<p>This copy is static: to try an operation, open <code>/docs</code> on a running server.</p>`
    : html`<p>Each operation has a <strong>Try it</strong> form that sends a real request ${apiBaseUrl === '' ? 'to this server' : html`to <code>${apiBaseUrl}</code>`}.</p>`
  return html`
  <header id="top">
    ${links.length > 0 ? html`<p class="links">${links.map(({ href, text }) => html`<a href="${href}">${text}</a> `)}</p>` : ''}
    <h1>rest-api-blueprint API reference</h1>
    <p>Every call under ${versions.map(({ prefix }, index) => html`${index > 0 ? ', ' : ''}<code>${prefix}</code>`)} and <code>/admin</code> sends <code>Authorization: Bearer &lt;key&gt;</code>
      and an <code>Accept</code> header naming a data format: <code>application/json</code>, <code>application/yaml</code>,
      <code>text/csv</code> (people only) or <code>application/msgpack</code>.
      A browser that opens a v1 URL without asking for a data format is sent here.</p>
    ${tryIt}
  </header>`
}

export function renderReference (versions: readonly VersionDocument[], options: ReferenceOptions): string {
  const seen = new Set<string>()
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>rest-api-blueprint: API reference</title>
<link rel="stylesheet" href="${options.assetBase}reference.css">
${options.apiBaseUrl === undefined ? '' : html`<script src="${options.assetBase}try-it.js" defer></script>`}
</head>
<body data-api-base="${options.apiBaseUrl ?? ''}">
${renderToc(versions)}
<main>
  ${renderIntro(versions, options)}
  ${versions.map(entry => renderVersion(entry, options, seen))}
  ${renderProblems()}
</main>
</body>
</html>
`.text
}
