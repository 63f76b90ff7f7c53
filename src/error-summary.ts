// Says in one line why something failed, for a log line or a message: the error's own words and its causes', never a stack.

// Deep enough for "unavailable, because the driver says, because the socket says"; a longer chain says nothing more.
const MAX_CAUSES = 3

export function summarizeError (error: unknown): string {
  const parts: string[] = []
  for (let current = error; current !== undefined && current !== null && parts.length < MAX_CAUSES; current = (current as { cause?: unknown }).cause) {
    parts.push(ownWords(current))
  }
  return parts.join(': ')
}

function ownWords (error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  // Node reports a refused connection to a name with several addresses
  // (localhost: ::1 and 127.0.0.1) as an AggregateError with no message.
  if (error.message === '' && error instanceof AggregateError) {
    return error.errors.map(ownWords).join('; ')
  }
  return error.message === '' ? error.name : error.message
}
