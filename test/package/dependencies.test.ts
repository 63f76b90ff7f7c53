// The production dependencies are exactly the packages the shipped code imports: none that nothing uses, none left to devDependencies.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { test } from 'node:test'

const ROOT = resolve(import.meta.dirname, '../..')
// What the package ships: the app (src/) and the step definitions (features/, the ./steps entry).
const SHIPPED = ['src', 'features']

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>
  peerDependencies: Record<string, string>
}

/** The package a bare specifier names: `@scope/name` or `name`, without a subpath. */
function packageOf (specifier: string): string {
  const parts = specifier.split('/')
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/')
}

function importedPackages (): Map<string, string> {
  const importers = new Map<string, string>()
  for (const folder of SHIPPED) {
    for (const file of readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })) {
      if (!/\.(ts|js)$/.test(file) || file.endsWith('.d.ts')) continue
      const text = readFileSync(join(ROOT, folder, file), 'utf8')
      for (const [, specifier = ''] of text.matchAll(/(?:from|import)\s*\(?\s*'([^'.][^']*)'/g)) {
        if (!specifier.startsWith('node:')) importers.set(packageOf(specifier), `${folder}/${file}`)
      }
    }
  }
  return importers
}

const imported = importedPackages()

test('every production dependency is imported by the shipped code', () => {
  const unused = Object.keys(manifest.dependencies).filter(name => !imported.has(name))
  assert.deepEqual(unused, [], 'installed on every production machine, used by nothing: remove them, or move them to devDependencies')
})

test('every package the shipped code imports is a production or peer dependency', () => {
  const declared = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies)])
  const missing = [...imported].filter(([name]) => !declared.has(name)).map(([name, file]) => `${name} (${file})`)
  assert.deepEqual(missing, [], 'imported by shipped code, but not installed with the package')
})
