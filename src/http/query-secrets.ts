// Keys sent in a URL's query: such requests are refused, and the key is cut out of every log line that shows the URL.

/** The parameter names clients and other APIs use for a key or token, compared without case. */
export const SECRET_PARAMETERS: ReadonlySet<string> = new Set(['access_token', 'api_key', 'apikey', 'key', 'token'])

// One scan that rules out most queries (limit, cursor) before any is taken
// apart: true for a field named like a key, or with a percent-encoded name.
const MAY_NAME_SECRET = /[?&](?:(?:access_token|api_?key|key|token)(?=[=&]|$)|[^=&]*%)/i
// Every key this API makes: a recognisable prefix and 256 bits in base64url (auth/api-keys.ts).
const KEY_SHAPED = /rab_[\w-]{43}/g
const REDACTED = '[redacted]'

function parameterName (field: string): string {
  const end = field.indexOf('=')
  const raw = (end === -1 ? field : field.slice(0, end)).replaceAll('+', ' ')
  try {
    return decodeURIComponent(raw).toLowerCase()
  } catch {
    return raw.toLowerCase()
  }
}

function isSecretField (field: string): boolean {
  return SECRET_PARAMETERS.has(parameterName(field))
}

/** Whether the query names a key parameter, spelt in any case or percent-encoded (`?%6Bey=`). */
export function hasSecretInQuery (url: string): boolean {
  const queryStart = url.indexOf('?')
  return queryStart !== -1 && MAY_NAME_SECRET.test(url) && url.slice(queryStart + 1).split('&').some(isSecretField)
}

/**
 * The URL as a log may show it: the value of every key parameter replaced,
 * and anything shaped like one of our keys too, wherever it stands.
 */
export function redactSecrets (url: string): string {
  const queryStart = url.indexOf('?')
  const mayHoldSecret = queryStart !== -1 && MAY_NAME_SECRET.test(url)
  // Most URLs have neither, and pass untouched without being taken apart.
  if (!mayHoldSecret && !url.includes('rab_')) return url
  const path = queryStart === -1 ? url : url.slice(0, queryStart)
  const query = mayHoldSecret
    ? '?' + url.slice(queryStart + 1).split('&').map(field => isSecretField(field) ? `${field.split('=')[0] ?? ''}=${REDACTED}` : field).join('&')
    : url.slice(path.length)
  return (path + query).replace(KEY_SHAPED, `rab_${REDACTED}`)
}
