// Sends each operation's "Try it" form with fetch and shows the status, headers and body that come back.
/* global document, window, fetch, FormData, Headers, Request, URL */

// '' means this page's own origin; the static build may name another server.
const apiBase = document.body.dataset.apiBase ?? ''

function requestOf (form) {
  const data = new FormData(form)
  const field = name => String(data.get(name) ?? '')
  const path = form.dataset.path.replace(/\{([^}]+)\}/g, (_match, name) => encodeURIComponent(field(`path:${name}`)))
  const url = new URL(path, apiBase === '' ? window.location.origin : apiBase)
  for (const [name, value] of data) {
    if (name.startsWith('query:') && value !== '') url.searchParams.set(name.slice('query:'.length), String(value))
  }

  const headers = new Headers({ accept: field('accept') })
  if (field('key') !== '') headers.set('authorization', `Bearer ${field('key')}`)
  for (const line of field('headers').split('\n')) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim())
  }
  // A redirect is shown as it is, not followed: the reader is here to see what the API answers.
  const init = { method: form.dataset.method, headers, redirect: 'manual' }
  if (data.has('body')) {
    headers.set('content-type', field('content-type'))
    init.body = field('body')
  }
  return new Request(url, init)
}

async function bodyText (response) {
  const type = response.headers.get('content-type') ?? ''
  if (type.includes('msgpack')) return `(${(await response.arrayBuffer()).byteLength} bytes of MessagePack)`
  const text = await response.text()
  if (!type.includes('json')) return text
  try {
    return JSON.stringify(JSON.parse(text), null, 2)
  } catch {
    return text
  }
}

// Built with textContent only: whatever the server answers is shown, never run.
function block (tag, className, text) {
  const element = document.createElement(tag)
  element.className = className
  element.textContent = text
  return element
}

async function send (event) {
  event.preventDefault()
  const form = event.currentTarget
  const result = form.parentElement.querySelector('.result')
  result.replaceChildren(block('p', 'status', 'Sending…'))
  try {
    const response = await fetch(requestOf(form))
    if (response.type === 'opaqueredirect') {
      result.replaceChildren(block('p', 'status', 'The server answered with a redirect; a browser would follow its Location header.'))
      return
    }
    const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n')
    result.replaceChildren(
      block('p', 'status', `HTTP ${response.status} ${response.statusText}`),
      block('pre', 'headers', headers),
      block('pre', 'body', await bodyText(response))
    )
  } catch (error) {
    result.replaceChildren(block('p', 'status', `The request failed: ${error.message}`))
  }
}

const keys = [...document.querySelectorAll('.try-it input[name="key"]')]
for (const input of keys) {
  // One key for the whole page, typed once; it lives in this page's memory only, never in storage.
  input.addEventListener('input', () => {
    for (const other of keys) if (other !== input) other.value = input.value
  })
}

for (const section of document.querySelectorAll('.try-it')) {
  section.hidden = false
  section.querySelector('form').addEventListener('submit', send)
}
