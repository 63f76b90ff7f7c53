// Preloaded into a server under test (NODE_OPTIONS=--import): when the process exits, writes every module it loaded to the file IMPORTS_FILE names.
import { writeFileSync } from 'node:fs'
import { registerHooks } from 'node:module'

const urls: string[] = []

registerHooks({
  resolve (specifier, context, nextResolve) {
    const resolved = nextResolve(specifier, context)
    urls.push(resolved.url)
    return resolved
  }
})

const file = process.env.IMPORTS_FILE
if (file !== undefined) {
  process.on('exit', () => { writeFileSync(file, urls.join('\n')) })
}
