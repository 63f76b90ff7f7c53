// The state of one scenario: who the client is, what it sends, and what came back.
import { World, setWorldConstructor } from '@cucumber/cucumber'
import type { AppOptions } from '../../src/app.ts'
import type { HttpClient, HttpResponse } from './http-client.ts'

export class ApiWorld extends World {
  client!: HttpClient
  /** An admin key for arranging the scene; never the key under test unless a step says so. */
  adminKey!: string
  version = 'v1'
  key: string | undefined
  headers: Record<string, string> = {}
  lastCreatedKey: { id: string, key: string, expiresAt: string | null } | undefined
  rememberedEtag: string | undefined
  rememberedValue: unknown
  raceStatuses: number[] = []
  /** Switches this scenario flipped, with the state to restore afterwards. */
  flippedSwitches = new Map<string, boolean>()
  /** Starts the in-process app again with other options; a live server cannot be. */
  restartApp: (options: Partial<AppOptions>) => Promise<void> = async () => {
    throw new Error('This scenario needs the app in-process (it changes how the app is built); run it without BASE_URL')
  }

  /** The path of the last request, as sent. */
  lastPath = ''
  #response: HttpResponse | undefined

  get response (): HttpResponse {
    if (this.#response === undefined) throw new Error('No request has been sent yet')
    return this.#response
  }

  set response (response: HttpResponse) {
    this.#response = response
  }

  /** "people/fred" is relative to the version in use; "/health" is absolute. */
  url (path: string): string {
    return path.startsWith('/') ? path : `/${this.version}/${path}`
  }

  json (): unknown {
    return JSON.parse(this.response.text)
  }

  /** Sends as the client under test and keeps the response for the Then steps. */
  async request (method: string, path: string, body?: string | Buffer): Promise<HttpResponse> {
    this.response = await this.send(method, path, body)
    return this.response
  }

  /** Sends as the client under test: its key and the headers the scenario chose. */
  async send (method: string, path: string, body?: string | Buffer): Promise<HttpResponse> {
    const headers = { ...this.headers }
    if (this.key !== undefined && headers.authorization === undefined) headers.authorization = `Bearer ${this.key}`
    if (body !== undefined && headers['content-type'] === undefined) {
      headers['content-type'] = method === 'PATCH' ? 'application/merge-patch+json' : 'application/json'
    }
    this.lastPath = this.url(path)
    return await this.client.send({ method, path: this.lastPath, headers, ...(body === undefined ? {} : { body }) })
  }

  /** Sends as an administrator to arrange the scene, leaving the last response untouched. */
  async arrange (method: string, path: string, body?: unknown): Promise<HttpResponse> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.adminKey}`, accept: 'application/json' }
    if (body !== undefined) headers['content-type'] = 'application/json'
    const response = await this.client.send({ method, path: this.url(path), headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })
    if (response.status >= 400) throw new Error(`Arranging ${method} ${path} failed: ${response.status} ${response.text}`)
    return response
  }
}

setWorldConstructor(ApiWorld)
