// The commands chapter 2 gives for the features: one feature file runs that feature alone, and no path runs them all.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

// A dry run matches every step without running one: the count of scenarios is all it is for.
async function scenarioCount (paths: string[]): Promise<number> {
  const output = await new Promise<string>((resolve, reject) => {
    execFile('npx', ['cucumber-js', '--dry-run', '--format', 'summary', ...paths], { cwd: ROOT }, (error, stdout, stderr) => {
      if (error === null) resolve(stdout)
      else reject(new Error(`${error.message}\n${stderr}`))
    })
  })
  const match = /^(\d+) scenarios? /m.exec(output)
  assert.ok(match?.[1] !== undefined, output)
  return Number(match[1])
}

test('npx cucumber-js with one feature file runs that feature only', async () => {
  const feature = 'features/authenticate.feature'
  const source = await readFile(fileURLToPath(new URL(`../${feature}`, import.meta.url)), 'utf8')
  const one = await scenarioCount([feature])
  const all = await scenarioCount([])
  assert.ok(one > 0 && one < all, `${one} of ${all} scenarios`)
  // Every scenario it ran is one of the file's: plain scenarios, and a row of each outline's examples.
  const plain = source.match(/^\s*Scenario:/gm)?.length ?? 0
  assert.ok(one >= plain, `${one} scenarios, but the file has ${plain} plain ones`)
})

test('npx cucumber-js with no path runs every feature', async () => {
  const features = (await readdir(fileURLToPath(new URL('../features', import.meta.url)))).filter(name => name.endsWith('.feature'))
  assert.equal(await scenarioCount([]), await scenarioCount(features.map(feature => `features/${feature}`)))
})
