// Keeps concurrent clients sending reads and writes to an instance until told to stop, keeping every answer and every acknowledged write.
import type { Instance } from './instances.ts'
import { jsonHeaders } from './instances.ts'

export interface Answer {
  method: 'GET' | 'PUT'
  url: string
  status: number
  body: string
  contentType: string | undefined
  ms: number
}

export interface Load {
  answers: Answer[]
  /** Each person written with a 2xx answer, and the email written. */
  acknowledged: Map<string, string>
  stop: () => Promise<void>
}

// Bounds each client's loop, whatever the instance does.
const MAX_REQUESTS_PER_CLIENT = 20_000

/** Reads of ann and bob (who must exist), a list page, and writes of new people, in v1 and v2, in turn. */
function nthRequest (label: string, client: number, i: number): { method: 'GET' | 'PUT', url: string, email?: string } {
  const name = `${label}-${client}-${i}`
  switch (i % 5) {
    case 0: return { method: 'GET', url: '/v1/people/ann' }
    case 1: return { method: 'GET', url: '/v2/people/bob' }
    case 2: return { method: 'GET', url: '/v1/people?limit=5' }
    case 3: return { method: 'PUT', url: `/v1/people/${name}`, email: `${name}@example.com` }
    default: return { method: 'PUT', url: `/v2/people/${name}`, email: `${name}@example.com` }
  }
}

export function startLoad (instance: Instance, { clients, label }: { clients: number, label: string }): Load {
  let isStopping = false
  const isRunning = (): boolean => !isStopping
  const answers: Answer[] = []
  const acknowledged = new Map<string, string>()
  const loops = Array.from({ length: clients }, async (_, client) => {
    for (let i = 0; isRunning() && i < MAX_REQUESTS_PER_CLIENT; i++) {
      const { method, url, email } = nthRequest(label, client, i)
      const started = performance.now()
      const response = await instance.app.inject({ method, url, headers: jsonHeaders, ...(email === undefined ? {} : { payload: { email } }) })
      const contentType = response.headers['content-type']
      answers.push({ method, url, status: response.statusCode, body: response.body, contentType: typeof contentType === 'string' ? contentType : undefined, ms: performance.now() - started })
      if (email !== undefined && response.statusCode < 300) acknowledged.set(url.split('/').at(-1) ?? '', email)
    }
  })
  return {
    answers,
    acknowledged,
    stop: async () => {
      isStopping = true
      await Promise.all(loops)
    }
  }
}
