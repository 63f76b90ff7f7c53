// Admin routes that create, list and revoke API keys.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { newApiKey } from '../../auth/api-keys.ts'
import type { KeyRing } from '../../auth/key-ring.ts'
import type { KeyUse } from '../../auth/key-use.ts'
import { readExpiry } from '../../auth/key-expiry.ts'
import { invalidRequest, keyNotFound } from '../../errors.ts'
import { forbidStoring } from '../../http/cache-control.ts'
import { listPage } from '../../http/list-page.ts'
import { BODY_MEDIA_TYPES, requireBody } from '../../plugins/body-parsers.ts'
import type { Store } from '../../storage/store.ts'
import { envelopeErrors, Ok, ok, okPage } from '../../responses/envelope.ts'
import { actorOf } from './actor.ts'
import { AFTER_MESSAGE, CreatedKeyView, DEFAULT_KEYS_PAGE_SIZE, KeyParams, KeysPage, KeysQuery, KeyView, NewKeyBody } from './schemas.ts'

const keyRoutes: FastifyPluginAsyncTypebox<{ store: Store, keyRing: KeyRing, keyUse: KeyUse }> = async (app, { store, keyRing, keyUse }) => {
  // The answer to a key's creation holds its secret; none of these answers may outlive the request.
  app.addHook('onRequest', forbidStoring)

  app.post('/keys', {
    config: { capability: 'admin' },
    preValidation: requireBody(...BODY_MEDIA_TYPES),
    schema: {
      operationId: 'createKey',
      tags: ['keys'],
      summary: 'Make a key; its secret is shown this once',
      body: NewKeyBody,
      response: { 201: Ok(CreatedKeyView), ...envelopeErrors.responses(400, 401, 403, 413, 415) }
    }
  }, async function createKey (request, reply) {
    const expiry = readExpiry(request.body.expiresAt, Date.now())
    if ('fault' in expiry) throw invalidRequest([{ path: '/expiresAt', message: expiry.fault }])
    const { secret, stored } = newApiKey(request.body.name, request.body.capabilities, expiry.expiresAt)
    await store.keys.create(stored, actorOf(request))
    await keyRing.refresh()
    const { hash, ...shown } = stored
    return reply.code(201).header('location', `/admin/keys/${stored.id}`).send(ok({ ...shown, key: secret }))
  })

  app.get('/keys', {
    config: { capability: 'admin' },
    schema: {
      operationId: 'listKeys',
      tags: ['keys'],
      summary: 'List keys, oldest first, a page at a time, without their secrets',
      querystring: KeysQuery,
      response: { 200: KeysPage, ...envelopeErrors.responses(400, 401, 403) }
    }
  }, async function listKeys (request, reply) {
    const { limit = DEFAULT_KEYS_PAGE_SIZE, after } = request.query
    // A key that does not exist has no place in the order to start after.
    if (after !== undefined && await store.keys.find(after) === undefined) throw invalidRequest([{ path: '/after', message: AFTER_MESSAGE }])
    // This instance's uses first, so the listing is current for keys used here; other instances' come within a minute.
    await keyUse.flush()
    const rows = await store.keys.list({ after, limit: limit + 1 })
    // Key ids are not secret, and keys are never deleted: nothing to sign, and a page's last key is always there to start after.
    const { items, next } = listPage(reply, rows, limit, last => `/admin/keys?${new URLSearchParams({ limit: String(limit), after: last.id })}`)
    return okPage(items, next)
  })

  app.get('/keys/:id', {
    config: { capability: 'admin' },
    schema: {
      operationId: 'getKey',
      tags: ['keys'],
      summary: 'One key, without its secret',
      params: KeyParams,
      response: { 200: Ok(KeyView), ...envelopeErrors.responses(401, 403, 404) }
    }
  }, async function getKey (request) {
    // As for the list: this instance's uses first.
    await keyUse.flush()
    const key = await store.keys.find(request.params.id)
    if (key === undefined) throw keyNotFound()
    return ok(key)
  })

  app.delete('/keys/:id', {
    config: { capability: 'admin' },
    schema: {
      operationId: 'revokeKey',
      tags: ['keys'],
      summary: 'Revoke a key, at once, on every instance',
      params: KeyParams,
      response: { 200: Ok(KeyView), ...envelopeErrors.responses(401, 403, 404) }
    }
  }, async function revokeKey (request) {
    const key = await store.keys.revoke(request.params.id, new Date().toISOString(), actorOf(request))
    if (key === undefined) throw keyNotFound()
    // Refreshed before we answer, so the very next request with that key is refused here.
    await keyRing.refresh()
    return ok(key)
  })
}

export default keyRoutes
