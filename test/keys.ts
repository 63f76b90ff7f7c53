// Keys for tests, issued as an administrator issues them: POST /admin/keys on the app under test.
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'

export interface IssuedKey {
  id: string
  /** The secret, shown once, as the API shows it. */
  key: string
}

/** `expiresAt`, when given, is when the key stops working. */
export async function issueKey (app: FastifyInstance, adminKey: string, name: string, capabilities: readonly string[], expiresAt?: Date): Promise<IssuedKey> {
  const response = await app.inject({
    method: 'POST',
    url: '/admin/keys',
    headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
    payload: { name, capabilities, expiresAt: expiresAt?.toISOString() }
  })
  assert.equal(response.statusCode, 201, response.body)
  return response.json<{ result: IssuedKey }>().result
}
