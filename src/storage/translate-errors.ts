// Wraps an adapter's methods so that every error leaves through one door, translated into the store's own errors (store.ts).

export type AsyncMethods<T> = { [K in keyof T]: (...args: never[]) => Promise<unknown> }

/**
 * The same methods, each passing what it throws through `translate`: no
 * caller needs to know the driver's errors. (NoInfer: T is read from the
 * methods passed in, never guessed from where the result goes.)
 */
export function translatingErrors<T extends AsyncMethods<T>> (methods: T, translate: (error: unknown) => unknown): NoInfer<T> {
  const wrapped = Object.entries<(...args: never[]) => Promise<unknown>>(methods).map(([name, method]) => {
    // One derived promise per call, rather than an async function that awaits the adapter's.
    return [name, (...args: never[]) => method(...args).catch((error: unknown) => { throw translate(error) })]
  })
  return Object.fromEntries(wrapped) as T
}
