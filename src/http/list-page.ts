// The lists read a page at a time (people, keys, the record of changes) all page the same way: ask the store for one row more than a page, and that row, if it comes, says another page follows.
import type { FastifyReply } from 'fastify'
import { addLink } from './link-header.ts'

export interface ListPage<T> {
  items: T[]
  /** The URL of the next page, or null on the last one. */
  next: string | null
}

/**
 * The first `limit` of `rows`, which the store was asked for `limit + 1` of,
 * and the URL of the page after them, made by `nextAfter` from the page's
 * last item. The URL also goes out in a `Link` header (RFC 8288), for
 * clients and formats, such as CSV, that have no place for it in a body.
 */
export function listPage<T> (reply: FastifyReply, rows: readonly T[], limit: number, nextAfter: (last: T) => string): ListPage<T> {
  const items = rows.slice(0, limit)
  const last = items.at(-1)
  const next = rows.length > limit && last !== undefined ? nextAfter(last) : null
  if (next !== null) addLink(reply, next, 'next')
  return { items, next }
}
