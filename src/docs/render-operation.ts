// Renders one operation: what it needs, what it takes, and every answer it can give.
import { html } from './html.ts'
import type { Html } from './html.ts'
import { headerId, jsonView, schemaId } from './json-view.ts'
import { exampleOf, refName } from './openapi-shapes.ts'
import type { Json, MediaType, Operation, PathOperation, ReferenceDocument, Response } from './openapi-shapes.ts'
import { renderTryIt } from './render-try-it.ts'

export interface OperationContext {
  version: string
  document: ReferenceDocument
  /** False where no server answers, as in a static build without an API base URL. */
  isTryItOn: boolean
}

function whoMayCall (operation: Operation): Html {
  const capability = operation['x-capability']
  if (capability !== undefined) return html`a key with <code>${capability}</code>`
  return (operation.security?.length ?? 0) > 0 ? html`any valid key` : html`anyone, no key needed`
}

function renderFacts (operation: Operation): Html {
  const switches = operation['x-switches'] ?? []
  return html`
      <dl class="facts">
        <dt>Who may call</dt><dd>${whoMayCall(operation)}</dd>
        ${switches.length > 0 ? html`<dt>Switches</dt><dd>${switches.map((name, index) => html`${index > 0 ? ', ' : ''}<code>${name}</code>`)}</dd>` : ''}
        <dt>Operation id</dt><dd><code>${operation.operationId}</code></dd>
      </dl>`
}

/** A parameter's schema in words, its pattern as written: `string, 1 to 100 characters, pattern ^…$`. */
function describeSchema (schema: Json = {}): Html {
  const { type, minLength, maxLength, minimum, maximum, pattern } = schema
  const parts: Html[] = [html`${typeof type === 'string' ? type : 'any'}`]
  if (minLength !== undefined || maxLength !== undefined) parts.push(html`${minLength ?? 0} to ${maxLength ?? '∞'} characters`)
  if (minimum !== undefined || maximum !== undefined) parts.push(html`${minimum ?? '−∞'} to ${maximum ?? '∞'}`)
  if (schema.default !== undefined) parts.push(html`default ${String(schema.default)}`)
  if (typeof pattern === 'string') parts.push(html`pattern <code class="schema">${pattern}</code>`)
  return html`${parts.map((part, index) => html`${index > 0 ? ', ' : ''}${part}`)}`
}

function renderParameters (operation: Operation): Html {
  const parameters = operation.parameters ?? []
  if (parameters.length === 0) return html``
  const rows = parameters.map(parameter => html`
          <tr><td><code>${parameter.name}</code></td><td>${parameter.in}</td><td>${parameter.required === true ? 'yes' : 'no'}</td>
            <td>${describeSchema(parameter.schema)}</td><td>${parameter.description ?? ''}</td></tr>`)
  return html`
      <h5>Parameters</h5>
      <table>
        <thead><tr><th>name</th><th>in</th><th>required</th><th>schema</th><th>description</th></tr></thead>
        <tbody>${rows}
        </tbody>
      </table>`
}

/** A schema that only names a component is a link to it; any other is shown in full. */
function renderSchema ({ schema }: MediaType, version: string): Html {
  if (schema === undefined) return html``
  const name = refName(schema)
  if (name !== undefined) return html`<p class="label">Schema: <a href="#${schemaId(version, name)}"><code>${name}</code></a></p>`
  return html`<p class="label">Schema</p>${jsonView(schema, version)}`
}

/** Media types that share one schema and example are shown once, together. */
function renderContent (content: Record<string, MediaType>, context: OperationContext): Html {
  const groups = new Map<string, { types: string[], media: MediaType }>()
  for (const [type, media] of Object.entries(content)) {
    const key = JSON.stringify([media.schema, exampleOf(context.document, media)])
    const group = groups.get(key) ?? { types: [], media }
    group.types.push(type)
    groups.set(key, group)
  }
  return html`${[...groups.values()].map(({ types, media }) => {
    const example = exampleOf(context.document, media)
    return html`
        <div class="media">
          <p class="media-types">${types.map((type, index) => html`${index > 0 ? ', ' : ''}<code>${type}</code>`)}</p>
          ${renderSchema(media, context.version)}
          ${example === undefined ? '' : html`<p class="label">Example</p>${jsonView(example, context.version)}`}
        </div>`
  })}`
}

function renderRequestBody (operation: Operation, context: OperationContext): Html {
  const body = operation.requestBody
  if (body === undefined) return html``
  return html`
      <h5>Request body${body.required === true ? ' (required)' : ''}</h5>
      ${renderContent(body.content, context)}`
}

/** Headers described in components link to their one description; a header of this response alone says its own. */
function renderHeaders (response: Response, version: string): Html {
  const headers = Object.entries(response.headers ?? {})
  if (headers.length === 0) return html``
  const items = headers.map(([name, header], index) => {
    const separator = index > 0 ? ', ' : ''
    if (refName(header) !== undefined) return html`${separator}<a href="#${headerId(version, name)}"><code>${name}</code></a>`
    return html`${separator}<code>${name}</code> (${typeof header.description === 'string' ? header.description : ''})`
  })
  return html`<p class="label">Headers: ${items}</p>`
}

function renderResponses (operation: Operation, context: OperationContext): Html {
  const responses = Object.entries(operation.responses).map(([status, response]) => html`
        <details class="response"${status.startsWith('2') ? html` open` : ''}>
          <summary><span class="status status-${status.slice(0, 1)}xx">${status}</span> ${response.description ?? ''}</summary>
          ${renderHeaders(response, context.version)}
          ${response.content === undefined ? html`<p>No body.</p>` : renderContent(response.content, context)}
        </details>`)
  return html`
      <h5>Responses</h5>${responses}`
}

export function renderOperation ({ method, path, operation }: PathOperation, context: OperationContext): Html {
  const id = operation.operationId
  return html`
    <section id="${id}" class="operation">
      <h4><a href="#${id}"><span class="method method-${method}">${method.toUpperCase()}</span> <code>${path}</code></a></h4>
      <p class="summary">${operation.summary ?? ''}</p>
      ${operation.description === undefined ? '' : html`<p>${operation.description}</p>`}
      ${renderFacts(operation)}
      ${renderParameters(operation)}
      ${renderRequestBody(operation, context)}
      ${renderResponses(operation, context)}
      ${context.isTryItOn ? renderTryIt({ method, path, operation }, context.document) : ''}
    </section>`
}
