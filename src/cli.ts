#!/usr/bin/env node
// The rest-api-blueprint command: serve the API, migrate its store, back it up or restore it, make a key, or print an OpenAPI document.
import { enableCompileCache } from 'node:module'
import { parseArgs } from 'node:util'
import { newApiKey } from './auth/api-keys.ts'
import { CAPABILITIES } from './auth/capabilities.ts'
import type { Capability } from './auth/capabilities.ts'
import { ConfigError, readConfig } from './config.ts'
import { COMMAND_LINE } from './storage/admin-events.ts'
import { BackupError } from './storage/backup-error.ts'
import type { Config } from './config.ts'
import { isKeyName, KEY_NAME_MESSAGE } from './names/name-profile.ts'
import type { Store } from './storage/store.ts'

const USAGE = `Usage: rest-api-blueprint <command> [options]

Commands:
  serve                       Start the API and run it until SIGTERM or Ctrl-C.
  migrate                     Bring the store up to date with the migrations, then exit.
  backup FILE [--metrics-file PATH]
                              Copy the SQLite store to FILE, a new file, as it is at one
                              moment; servers may go on using it meanwhile. PATH, if
                              given, gets the backup's time and size for Prometheus.
  restore FILE                Put a backup in the SQLite store's place. Stop every server
                              that uses the store first.
  keys create --name NAME --capabilities LIST [--expires-at TIME]
                              Make an API key and print it; it is shown only this once.
                              LIST is comma-separated: ${CAPABILITIES.join(', ')}.
                              TIME, such as 2027-01-31T12:00:00Z, is when it stops
                              working; without it, it works until it is revoked.
  openapi [v1|v2]             Print the OpenAPI document of a version (v2 when not named).

Options:
  -h, --help                  Show this help.

Settings come from the environment, as for the server: DATABASE_URL names the
store (default sqlite:./data/blueprint.sqlite); HOST, PORT and the others are in
the README.

Exit codes: 0 done, 1 failed, 2 the command line was wrong.
`

// Exit code 2 is the shells' convention for a command line that was used wrongly.
class UsageError extends Error {
  override readonly name = 'UsageError'
}

async function main (args: string[]): Promise<void> {
  const { values, positionals } = readArgs(args)
  const [command, ...rest] = positionals
  if (values.help === true || command === undefined) {
    process.stdout.write(USAGE)
    return
  }
  // Each command loads only the modules it needs, so that --help and a
  // mistyped command answer at once instead of loading the whole app first.
  if (command === 'serve' && rest.length === 0) {
    // As in server.js: the compile cache first, then tracing if asked for, then the app.
    enableCompileCache()
    const config = readConfig()
    if (config.tracing) {
      const { startTracing } = await import('./observability/tracing.ts')
      startTracing()
    }
    const { startServer } = await import('./start-server.ts')
    await startServer(config)
  } else if (command === 'migrate' && rest.length === 0) {
    // Opening a store applies the migrations it has not seen yet.
    await withStore(readConfig(), async store => { reportMigrations(store.appliedMigrations) })
  } else if (command === 'backup' || command === 'restore') {
    const [file] = rest
    if (file === undefined || rest.length > 1) throw new UsageError(`${command} takes one FILE`)
    if (command === 'restore' && values['metrics-file'] !== undefined) throw new UsageError('--metrics-file is for backup')
    const { backUp, restore } = await import('./storage/backup-command.ts')
    process.stdout.write(command === 'backup' ? await backUp(readConfig(), file, values['metrics-file']) : await restore(readConfig(), file))
  } else if (command === 'keys' && rest.length === 1 && rest[0] === 'create') {
    await createKey(readKeyName(values.name), readCapabilities(values.capabilities), await readKeyExpiry(values['expires-at']))
  } else if (command === 'openapi' && rest.length <= 1) {
    await printOpenApi(rest[0] ?? 'v2')
  } else {
    throw new UsageError(`Unknown command: ${positionals.join(' ')}`)
  }
}

const OPTIONS = {
  name: { type: 'string' },
  capabilities: { type: 'string' },
  'expires-at': { type: 'string' },
  'metrics-file': { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const

function readArgs (args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: true, options: OPTIONS })
  } catch (error) {
    // parseArgs explains an unknown option or a missing value well; only the exit code changes.
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

async function withStore (config: Config, work: (store: Store) => Promise<void>): Promise<void> {
  const { openStore } = await import('./storage/open-store.ts')
  const store = await openStore(config.databaseUrl, { poolSize: config.databasePoolSize, timeoutMs: config.storeTimeoutMs })
  try {
    await work(store)
  } finally {
    await store.close()
  }
}

function reportMigrations (applied: readonly string[]): void {
  if (applied.length === 0) {
    process.stdout.write('The store was already up to date.\n')
    return
  }
  for (const file of applied) process.stdout.write(`Applied ${file}\n`)
  process.stdout.write('The store is up to date.\n')
}

// The same rules as POST /admin/keys, so a key made here could have been made there.
function readKeyName (name: string | undefined): string {
  if (name === undefined) throw new UsageError('keys create needs --name, saying what the key is for')
  if (!isKeyName(name)) throw new UsageError(`--name ${KEY_NAME_MESSAGE}`)
  return name
}

function readCapabilities (list: string | undefined): Capability[] {
  if (list === undefined) throw new UsageError(`keys create needs --capabilities, some of: ${CAPABILITIES.join(', ')}`)
  const names = [...new Set(list.split(',').map(name => name.trim()).filter(name => name !== ''))]
  const unknown = names.filter(name => !isCapability(name))
  if (names.length === 0 || unknown.length > 0) {
    throw new UsageError(`--capabilities must name some of ${CAPABILITIES.join(', ')}${unknown.length > 0 ? `, not ${unknown.join(', ')}` : ''}`)
  }
  return names.filter(isCapability)
}

async function readKeyExpiry (time: string | undefined): Promise<string | null> {
  if (time === undefined) return null
  // Loaded here, not with the command: the validator's formats are of use to keys create alone.
  const { readExpiry } = await import('./auth/key-expiry.ts')
  const expiry = readExpiry(time, Date.now())
  if ('fault' in expiry) throw new UsageError(`--expires-at ${expiry.fault}`)
  return expiry.expiresAt
}

function isCapability (name: string): name is Capability {
  return (CAPABILITIES as readonly string[]).includes(name)
}

async function createKey (name: string, capabilities: Capability[], expiresAt: string | null): Promise<void> {
  const { secret, stored } = newApiKey(name, capabilities, expiresAt)
  await withStore(readConfig(), async store => await store.keys.create(stored, COMMAND_LINE))
  const lifetime = expiresAt === null ? '' : `, until ${expiresAt}`
  // The note goes to stderr and only the key to stdout, so KEY=$(rest-api-blueprint keys create …) works.
  process.stderr.write(`Created the key ${stored.id} "${name}" (${capabilities.join(', ')})${lifetime}. It is shown only this once:\n`)
  process.stdout.write(`${secret}\n`)
}

async function printOpenApi (version: string): Promise<void> {
  // Asked of the app itself, so the document always matches the routes of this very build.
  const [{ API_VERSIONS, buildApp }, { IN_MEMORY, openSqliteStore }] = await Promise.all([import('./app.ts'), import('./storage/sqlite/index.ts')])
  const names = API_VERSIONS.map(({ name }) => name)
  if (!(names as readonly string[]).includes(version)) throw new UsageError(`openapi takes ${names.join(' or ')}, not ${version}`)
  const store = openSqliteStore(IN_MEMORY)
  const app = await buildApp({ store })
  try {
    const document: unknown = (await app.inject({ url: `/${version}/openapi.json` })).json()
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`)
  } finally {
    await app.close()
    await store.close()
  }
}

// A reader that stops early, as `| head` does, closes the pipe: that is no failure of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(0)
})

try {
  await main(process.argv.slice(2))
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`rest-api-blueprint: ${error.message}\nRun rest-api-blueprint --help to see the commands.\n`)
    process.exitCode = 2
  } else if (error instanceof ConfigError || error instanceof BackupError) {
    process.stderr.write(`rest-api-blueprint: ${error.message}\n`)
    process.exitCode = 1
  } else {
    throw error
  }
}
