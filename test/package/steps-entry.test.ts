// Keeps features/index.ts, the steps other projects import, in step with the modules cucumber loads here.
import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import { test } from 'node:test'

const FEATURES = new URL('../../features/', import.meta.url)

test('the steps entry imports every module that registers steps, hooks or the world', async () => {
  const entry = await readFile(new URL('index.ts', FEATURES), 'utf8')
  for (const folder of ['steps', 'support']) {
    for (const file of await readdir(new URL(`${folder}/`, FEATURES))) {
      const source = await readFile(new URL(`${folder}/${file}`, FEATURES), 'utf8')
      // Only a module that imports cucumber's runtime (not just its types) registers anything.
      const registers = /^import \{[^}]*\} from '@cucumber\/cucumber'/m.test(source)
      if (registers) assert.ok(entry.includes(`import './${folder}/${file}'`), `features/index.ts does not import ./${folder}/${file}`)
    }
  }
})
