// On a Node.js older than the project needs, npm start, npm test and the command each say so in one sentence, naming both versions.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { readFile, symlink } from 'node:fs/promises'
import { delimiter, join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { NEEDED_NODE_MAJOR, findOlderNode } from './optional-parts.ts'
import type { OlderNode } from './optional-parts.ts'
import { makeTempDir, removeTempDir } from './reliability/server-process.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

// The children are a newcomer's commands, not part of this test run.
const { NODE_TEST_CONTEXT, ...childEnv } = process.env

test('.nvmrc and the engines field name the same Node.js', async () => {
  const { engines } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }
  assert.equal(engines.node, `>=${NEEDED_NODE_MAJOR}`)
  const check = await readFile(join(ROOT, 'src/check-node-version.js'), 'utf8')
  assert.match(check, new RegExp(`NEEDED_NODE_MAJOR = ${NEEDED_NODE_MAJOR}\\n`))
})

describe('on an older Node.js', () => {
  let older: OlderNode | undefined
  let dir: string
  let path: string

  before(async () => {
    older = await findOlderNode()
    dir = await makeTempDir()
    // First on PATH, as a version manager would put it; npm and npx then run on it too.
    if (older !== undefined) await symlink(older.path, join(dir, 'node'))
    path = [dir, childEnv.PATH ?? ''].join(delimiter)
  })

  after(async () => {
    await removeTempDir(dir)
  })

  for (const [command, args] of [['npm', ['start']], ['npm', ['test']], ['npx', ['rest-api-blueprint', '--help']]] as const) {
    test(`${command} ${args.join(' ')} says which Node.js it needs and which it found`, async (t) => {
      if (older === undefined) {
        t.skip(`no Node.js older than ${NEEDED_NODE_MAJOR} is on this machine`)
        return
      }
      const { code, output } = await new Promise<{ code: number, output: string }>(resolve => {
        // Bounded: were the check broken, npm test would go on to run the whole suite.
        execFile(command, [...args], { cwd: ROOT, env: { ...childEnv, PATH: path }, timeout: 60_000 }, (error, stdout, stderr) => {
          resolve({ code: error === null ? 0 : Number(error.code ?? 1), output: stdout + stderr })
        })
      })
      assert.notEqual(code, 0, output)
      const sentence = `rest-api-blueprint needs Node.js ${NEEDED_NODE_MAJOR} or newer; this is Node.js ${older.version}.`
      assert.ok(output.split('\n').includes(sentence), `no "${sentence}" in:\n${output}`)
      assert.doesNotMatch(output, /SyntaxError|ERR_|\n\s+at /)
    })
  }
})
