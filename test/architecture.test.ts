// The dependency rules of the guide's first chapter, checked on the imports themselves.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { test } from 'node:test'

const SRC = resolve(import.meta.dirname, '../src')

/** Every module under src/, by its path relative to src/, with the src/ modules it imports (types too). */
function importGraph (): Map<string, string[]> {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(file => /\.(ts|js)$/.test(file) && !file.endsWith('.d.ts'))
  const graph = new Map<string, string[]>()
  for (const file of files) {
    const text = readFileSync(join(SRC, file), 'utf8')
    const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map(([, specifier = '']) => specifier)
    graph.set(file, specifiers.map(specifier => relative(SRC, resolve(dirname(join(SRC, file)), specifier))))
  }
  return graph
}

const graph = importGraph()
const importsOf = (file: string): string[] => graph.get(file) ?? []
const under = (folder: string) => (file: string): boolean => file.startsWith(`${folder}/`)

test('the graph is read: app.ts imports the versions and the plugins', () => {
  assert.ok(importsOf('app.ts').includes('resources/v1/index.ts'))
  assert.ok(importsOf('app.ts').some(under('plugins')))
})

test('there are no import cycles', () => {
  const cycles: string[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (file: string, path: string[]): void => {
    if (state.get(file) === 'done') return
    if (state.get(file) === 'visiting') {
      cycles.push([...path.slice(path.indexOf(file)), file].join(' -> '))
      return
    }
    state.set(file, 'visiting')
    for (const imported of importsOf(file)) visit(imported, [...path, file])
    state.set(file, 'done')
  }
  for (const file of graph.keys()) visit(file, [])
  assert.deepEqual(cycles, [])
})

test('plugins never import resources; openapi/ and docs/ never import plugins', () => {
  const offending = [...graph].flatMap(([file, imports]) => imports
    .filter(imported => (under('plugins')(file) && under('resources')(imported)) ||
      ((under('openapi')(file) || under('docs')(file)) && under('plugins')(imported)))
    .map(imported => `${file} imports ${imported}`))
  assert.deepEqual(offending, [])
})

test('no version folder imports another, and only app.ts imports a version folder', () => {
  const versionOf = (file: string): string | undefined => /^resources\/(v\d+)\//.exec(file)?.[1]
  const offending = [...graph].flatMap(([file, imports]) => imports
    .filter(imported => versionOf(imported) !== undefined && versionOf(imported) !== versionOf(file) && file !== 'app.ts')
    .map(imported => `${file} imports ${imported}`))
  assert.deepEqual(offending, [])
})

test('adapters never import Fastify or the resources', () => {
  const adapters = [...graph.keys()].filter(file => under('storage/sqlite')(file) || under('storage/postgres')(file))
  assert.ok(adapters.length > 0)
  const offending = adapters.filter(file => {
    const text = readFileSync(join(SRC, file), 'utf8')
    return /from '(fastify|fastify-plugin)'/.test(text) || importsOf(file).some(under('resources'))
  })
  assert.deepEqual(offending, [])
})

test('outside the version folders, app.ts and the command line, no module spells a version prefix', () => {
  const allowed = (file: string): boolean => /^resources\/v\d+\//.test(file) || file === 'app.ts' || file === 'cli.ts' || under('client')(file)
  const offending = [...graph.keys()].filter(file => !allowed(file)).filter(file => {
    // Comments may name a version by way of example; code may not.
    const code = readFileSync(join(SRC, file), 'utf8').split('\n').filter(line => !/^\s*(\/\/|\*|\/\*\*)/.test(line)).join('\n')
    return /['"`]\/v\d+\b/.test(code)
  })
  assert.deepEqual(offending, [])
})
