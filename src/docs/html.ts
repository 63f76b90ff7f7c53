// Builds HTML from templates that escape every value, so text from a document can never become markup.

/** Markup that is already safe: made by `html` or `unsafeHtml`, never escaped again. */
export class Html {
  readonly text: string

  constructor (text: string) {
    this.text = text
  }

  toString (): string {
    return this.text
  }
}

// The five characters that can end a text node or an attribute value (OWASP XSS prevention, rule 1).
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml (text: string): string {
  return text.replace(/[&<>"']/g, character => ENTITIES[character] ?? character)
}

function render (value: unknown): string {
  if (value instanceof Html) return value.text
  if (Array.isArray(value)) return value.map(render).join('')
  if (value === undefined || value === null || value === false) return ''
  return escapeHtml(String(value))
}

/**
 * A tagged template: `html\`<p>${text}</p>\`` escapes `text` unless it is
 * already Html; arrays are joined, and undefined, null and false render as nothing.
 */
export function html (strings: TemplateStringsArray, ...values: unknown[]): Html {
  let text = strings[0] ?? ''
  values.forEach((value, index) => {
    text += render(value) + (strings[index + 1] ?? '')
  })
  return new Html(text)
}

/** Trusts markup made elsewhere, such as a converted Markdown page; the name says what it costs. */
export function unsafeHtml (text: string): Html {
  return new Html(text)
}
