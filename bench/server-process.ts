// What every benchmark server shares, whatever its framework: where it listens, and a clean exit on SIGTERM.
export const LISTEN = { host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 0) }

/** The benchmark stops a target with SIGTERM, as an orchestrator would; `close` releases its server and store. */
export function exitOnSigterm (close: () => Promise<unknown>): void {
  process.once('SIGTERM', () => {
    close().then(() => process.exit(0), () => process.exit(1))
  })
}
