// Builds what the package ships in dist/: JavaScript and declarations from tsc, and the files the code reads at run time.
import { execFileSync } from 'node:child_process'
import { cp, glob, rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = join(root, 'dist')

// From scratch, so a module deleted from src/ cannot live on in the package.
await rm(dist, { recursive: true, force: true })

// Node strips types only outside node_modules, so the package must ship JavaScript.
const tsc = fileURLToPath(import.meta.resolve('typescript/bin/tsc'))
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' })

// tsc copies nothing but what it compiles. The code finds its other files
// through import.meta.url: SQL migrations and the docs' assets next to
// itself, and (for the features' contract check) the OpenAPI documents at
// ../../openapi from features/support, so at dist/openapi here.
const copied: string[] = []
for await (const file of glob(['src/**/*.*', 'openapi/*.json'], { cwd: root })) {
  // src/server.js is the repository's `npm start`, which imports .ts files; the package starts through its CLI.
  if (file.endsWith('.ts') || basename(file) === 'README.md' || file === join('src', 'server.js')) continue
  await cp(join(root, file), join(dist, file))
  copied.push(file)
}
if (!copied.some(file => file.endsWith('.sql'))) throw new Error('No SQL migrations were copied: has src/storage moved?')
console.log(`Built dist/: JavaScript, declarations, and the files read at run time:\n  ${copied.join('\n  ')}`)
