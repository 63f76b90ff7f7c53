// OpenTelemetry's active context, kept in an AsyncLocalStorage this app can reach, so that diagnostics_channel can run a store call inside its span.
import { AsyncLocalStorage } from 'node:async_hooks'
import { ROOT_CONTEXT } from '@opentelemetry/api'
import type { Context, ContextManager } from '@opentelemetry/api'

/**
 * The same as OpenTelemetry's AsyncLocalStorageContextManager, but its
 * storage is public: a diagnostics_channel `bindStore` needs it, and the SDK's
 * own manager keeps it private. Functions are bound to a context; event
 * emitters are left as they are, since only the HTTP instrumentation, which
 * this app does not use, binds those.
 */
export class StorageContextManager implements ContextManager {
  readonly storage = new AsyncLocalStorage<Context>()

  active (): Context {
    return this.storage.getStore() ?? ROOT_CONTEXT
  }

  with<A extends unknown[], F extends (...args: A) => ReturnType<F>> (context: Context, fn: F, thisArg?: ThisParameterType<F>, ...args: A): ReturnType<F> {
    return this.storage.run(context, () => fn.apply(thisArg, args))
  }

  bind<T> (context: Context, target: T): T {
    if (typeof target !== 'function') return target
    const manager = this
    return function bound (this: unknown, ...args: unknown[]) {
      return manager.with(context, target as (...args: unknown[]) => unknown, this, ...args)
    } as T
  }

  enable (): this {
    return this
  }

  disable (): this {
    this.storage.disable()
    return this
  }
}
