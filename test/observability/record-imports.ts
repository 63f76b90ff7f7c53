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

process.on('exit', () => {
  writeFileSync(process.env.IMPORTS_FILE ?? 'imports.txt', urls.join('\n'))
})
