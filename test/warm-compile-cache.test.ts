// Checks that `npm run warm` leaves the next start nothing to strip: Node's type stripper is never loaded, as it is by a start that finds the cache empty.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'

// What a start without tracing imports, in a process that then says whether
// it loaded the type stripper.
const IMPORTS_OF_A_START = `
const { importConfig, importServer } = await import('./src/server-modules.js')
await importConfig()
await importServer()
console.log(process.moduleLoadList.some(name => name.includes('amaro')))
`

function inCache (cache: string, args: string[]): string {
  return execFileSync(process.execPath, args, { env: { ...process.env, NODE_COMPILE_CACHE: cache }, encoding: 'utf8' })
}

const loadsTypeStripper = (cache: string): boolean => inCache(cache, ['--input-type=module', '-e', IMPORTS_OF_A_START]).trim() === 'true'

test('after npm run warm, a start loads no type stripper; with the cache empty, it does', (t) => {
  const directory = mkdtempSync(join(tmpdir(), 'compile-cache-'))
  t.after(() => { rmSync(directory, { recursive: true, force: true }) })
  const [empty, warmed] = [join(directory, 'empty'), join(directory, 'warmed')]

  inCache(warmed, ['src/warm-compile-cache.js'])

  assert.equal(loadsTypeStripper(empty), true)
  assert.equal(loadsTypeStripper(warmed), false)
})
