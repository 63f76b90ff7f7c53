// The compilers Fastify turns route schemas with: validation.ts's validators, and serializers each compiled the first time a response needs it.
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler'
import type { FastifyServerOptions } from 'fastify'
import { validatorCompiler } from './validation.ts'

type Serializer = (payload: unknown) => string
type CompilersFactory = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>

/**
 * Fastify's own compiler (fast-json-stringify), deferred: Fastify compiles
 * every response schema of every route before it listens, about a hundred
 * here, most of them error shapes or admin routes that an instance may not
 * answer for hours. Each is still compiled once, on its first response.
 */
function buildSerializer (externalSchemas: unknown, options: unknown) {
  const compile = SerializerSelector()(externalSchemas, options as never)
  return (route: Parameters<typeof compile>[0]): Serializer => {
    let serialize: Serializer | undefined
    return payload => (serialize ??= compile(route))(payload)
  }
}

/**
 * Both compilers are named here: without `buildValidator`, Fastify would
 * load its own Ajv setup (@fastify/ajv-compiler) and build an Ajv instance
 * at every start, about 25 ms of CPU, only for validation.ts's compiler to
 * be used instead. Fastify calls what the factory returns as it calls a
 * compiler given to setValidatorCompiler; its types expect Ajv's own
 * functions, hence the cast.
 */
export const schemaController: NonNullable<FastifyServerOptions['schemaController']> = {
  compilersFactory: {
    buildValidator: (() => validatorCompiler) as unknown as NonNullable<CompilersFactory['buildValidator']>,
    buildSerializer
  }
}
