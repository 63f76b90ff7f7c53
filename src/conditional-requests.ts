// ETags and the If-Match / If-None-Match preconditions of RFC 9110 §13, for people.
import type { IncomingHttpHeaders } from 'node:http'
import { pageVersionOf, versionOf } from './storage/conditions.ts'
import type { Person, WriteCondition } from './storage/store.ts'

// RFC 9110 §8.8.3: entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE
const ENTITY_TAG = /(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"/g

interface EntityTag {
  isWeak: boolean
  opaque: string
}

/**
 * A strong ETag names one representation (RFC 9110 §8.8.3): the stored
 * person's version and the format it is written in, `"<version>.<format>"`.
 * JSON and YAML of one person are different bytes, so they carry different
 * tags, and a JSON tag never makes a YAML read 304. Through v1 or v2, the
 * same person in the same format has the same tag.
 */
export function etagOf (person: Person, formatName = 'json'): string {
  return `"${versionOf(person)}.${formatName}"`
}

/**
 * A list page's strong ETag: the people on it, the API version whose shape
 * it takes and its next link, which are everything its body is made of, and
 * the format it is written in. Anyone joining, leaving or changing on the
 * page gives it a new tag; a change elsewhere in the list does not.
 */
export function pageEtagOf (people: readonly Person[], apiVersion: string, next: string | null, formatName = 'json'): string {
  return `"${pageVersionOf(people, `${apiVersion} ${next ?? ''}`)}.${formatName}"`
}

/**
 * The stored version a tag names, whatever format it was read in: a client
 * may read YAML and write back with If-Match. base64url has no dot, so the
 * last one starts the format; a tag without one is taken whole.
 */
function storedVersionOf (opaque: string): string {
  const dot = opaque.lastIndexOf('.')
  return dot === -1 ? opaque : opaque.slice(0, dot)
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
  if (ifMatch !== undefined) condition.ifMatch = ifMatch === '*' ? '*' : ifMatch.filter(tag => !tag.isWeak).map(tag => storedVersionOf(tag.opaque))
  if (ifNoneMatch !== undefined) condition.ifNoneMatch = ifNoneMatch === '*' ? '*' : ifNoneMatch.map(tag => storedVersionOf(tag.opaque))
  return condition
}

/**
 * A GET or HEAD whose If-None-Match names `etag`, the tag of the
 * representation it would get, is answered 304, without a body.
 */
export function isNotModified (headers: IncomingHttpHeaders, etag: string): boolean {
  const tags = parseTags(headers['if-none-match'])
  if (tags === undefined) return false
  const current = etag.slice(1, -1)
  return tags === '*' || tags.some(tag => tag.opaque === current)
}
