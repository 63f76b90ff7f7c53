// The reference page's own files, read from this package, so the docs need no CDN and work offline.
import { readFileSync } from 'node:fs'

export interface Asset {
  name: string
  contentType: string
  body: string
}

const FILES = [
  { name: 'reference.css', contentType: 'text/css; charset=utf-8' },
  { name: 'try-it.js', contentType: 'text/javascript; charset=utf-8' }
] as const

const ASSETS_DIRECTORY = new URL('./assets/', import.meta.url)

/** Read once, at start: a fixed list, so no request can name a file of its own choosing. */
export function readAssets (): Asset[] {
  return FILES.map(({ name, contentType }) => ({ name, contentType, body: readFileSync(new URL(name, ASSETS_DIRECTORY), 'utf8') }))
}
