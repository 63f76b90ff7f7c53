// ETags and the If-Match / If-None-Match preconditions of RFC 9110 §13, for people.
import type { IncomingHttpHeaders } from 'node:http'
import { versionOf } from './storage/conditions.ts'
import type { Person, WriteCondition } from './storage/store.ts'

// RFC 9110 §8.8.3: entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE
const ENTITY_TAG = /(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"/g

interface EntityTag {
  isWeak: boolean
  opaque: string
}

/** A strong ETag: the same stored person gives the same tag, through v1 or v2. */
export function etagOf (person: Person): string {
  return `"${versionOf(person)}"`
}

function parseTags (header: string | undefined): '*' | EntityTag[] | undefined {
  if (header === undefined) return undefined
  if (header.trim() === '*') return '*'
  return [...header.matchAll(ENTITY_TAG)].map(([, weak, opaque]) => ({ isWeak: weak !== undefined, opaque: opaque ?? '' }))
}

/**
 * The store checks the condition in the same transaction as the write.
 * If-Match compares strongly (a weak tag never matches, §13.1.1);
 * If-None-Match compares weakly (§13.1.2).
 */
export function writeConditionOf (headers: IncomingHttpHeaders): WriteCondition | undefined {
  const ifMatch = parseTags(headers['if-match'])
  const ifNoneMatch = parseTags(headers['if-none-match'])
  if (ifMatch === undefined && ifNoneMatch === undefined) return undefined
  const condition: WriteCondition = {}
  if (ifMatch !== undefined) condition.ifMatch = ifMatch === '*' ? '*' : ifMatch.filter(tag => !tag.isWeak).map(tag => tag.opaque)
  if (ifNoneMatch !== undefined) condition.ifNoneMatch = ifNoneMatch === '*' ? '*' : ifNoneMatch.map(tag => tag.opaque)
  return condition
}

/** A GET or HEAD whose If-None-Match names the current version is answered 304, without a body. */
export function isNotModified (headers: IncomingHttpHeaders, person: Person): boolean {
  const tags = parseTags(headers['if-none-match'])
  if (tags === undefined) return false
  return tags === '*' || tags.some(tag => tag.opaque === versionOf(person))
}
