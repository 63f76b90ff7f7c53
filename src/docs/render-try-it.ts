// Renders an operation's "Try it" form; the served try-it.js sends it, and without scripts it stays hidden.
import { html } from './html.ts'
import type { Html } from './html.ts'
import { exampleOf } from './openapi-shapes.ts'
import type { Parameter, PathOperation, ReferenceDocument } from './openapi-shapes.ts'

// A textarea holds text: MessagePack cannot be typed, and HTML is what the redirect sends, not data.
const isTypeable = (type: string): boolean => !type.includes('msgpack') && type !== 'text/html'

function acceptable ({ operation }: PathOperation): string[] {
  const types = Object.entries(operation.responses)
    .filter(([status]) => status.startsWith('2'))
    .flatMap(([, response]) => Object.keys(response.content ?? {}))
  const unique = [...new Set(types.length > 0 ? types : ['application/json'])]
  return unique.filter(type => type !== 'text/html')
}

function renderParameter (parameter: Parameter): Html {
  const initial = parameter.example ?? parameter.schema?.default ?? ''
  return html`
        <label><span>${parameter.name} <span class="where">(${parameter.in})</span></span>
          <input name="${parameter.in}:${parameter.name}" value="${String(initial)}"${parameter.in === 'path' ? html` required` : ''}></label>`
}

function renderBody ({ operation }: PathOperation, document: ReferenceDocument): Html {
  const content = operation.requestBody?.content
  if (content === undefined) return html``
  const types = Object.keys(content).filter(isTypeable)
  const first = types[0] === undefined ? undefined : content[types[0]]
  const example = first === undefined ? undefined : exampleOf(document, first)
  return html`
        <label>Content-Type <select name="content-type">${types.map(type => html`<option>${type}</option>`)}</select></label>
        <label class="wide">Body <textarea name="body" rows="4" spellcheck="false">${example === undefined ? '' : JSON.stringify(example, null, 2)}</textarea></label>`
}

export function renderTryIt (entry: PathOperation, document: ReferenceDocument): Html {
  const { method, path, operation } = entry
  const parameters = (operation.parameters ?? []).filter(parameter => parameter.in === 'path' || parameter.in === 'query')
  const needsKey = (operation.security?.length ?? 0) > 0
  return html`
      <div class="try-it" hidden>
        <h5>Try it</h5>
        <form data-method="${method.toUpperCase()}" data-path="${path}">
          ${needsKey ? html`<label>Key <input name="key" type="password" autocomplete="off" placeholder="the key the server printed, or one from POST /admin/keys"></label>` : ''}
          ${parameters.map(renderParameter)}
          <label>Accept <select name="accept">${acceptable(entry).map(type => html`<option>${type}</option>`)}</select></label>
          ${renderBody(entry, document)}
          <label class="wide">Other headers, one per line <textarea name="headers" rows="2" spellcheck="false" placeholder="If-Match: &quot;…&quot;"></textarea></label>
          <button type="submit">Send ${method.toUpperCase()} ${path}</button>
        </form>
        <div class="result" aria-live="polite"></div>
      </div>`
}
