// Turns response schemas into serializers, each compiled the first time a response needs it.
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler'
import type { FastifyServerOptions } from 'fastify'

type Serializer = (payload: unknown) => string

/**
 * Fastify's own compiler (fast-json-stringify), deferred: Fastify compiles
 * every response schema of every route before it listens, about a hundred
 * here, most of them error shapes or admin routes that an instance may not
 * answer for hours. Each is still compiled once, on its first response.
 */
export const schemaController: NonNullable<FastifyServerOptions['schemaController']> = {
  compilersFactory: {
    buildSerializer: (externalSchemas: unknown, options: unknown) => {
      const compile = SerializerSelector()(externalSchemas, options as never)
      return (route: Parameters<typeof compile>[0]): Serializer => {
        let serialize: Serializer | undefined
        return payload => (serialize ??= compile(route))(payload)
      }
    }
  }
}
