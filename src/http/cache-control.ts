// What caches may keep: nothing of keys and switches, and people only for their own user, revalidated before each use.
import type { FastifyReply, FastifyRequest } from 'fastify'
import { callbackHook } from './callback-hook.ts'

/**
 * A person or a page of people: a browser's own cache may keep it (private:
 * no shared cache, since the answer depends on the key), but must ask again
 * before each use (no-cache). With the ETag, an unchanged person costs a 304.
 */
export const REVALIDATE_PRIVATELY = 'private, no-cache'

/** Keys (a secret, once), their list and the switches: no cache, shared or private, keeps a copy, not even on disk. */
export const forbidStoring = callbackHook(function forbidStoring (_request: FastifyRequest, reply: FastifyReply) {
  reply.header('cache-control', 'no-store')
})
