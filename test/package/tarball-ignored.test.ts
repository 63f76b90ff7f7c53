// The tarball npm pack leaves in the repository is never committed by accident.
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

test("git ignores npm pack's tarball", async () => {
  const { name, version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { name: string, version: string }
  // check-ignore exits 0 when the path is ignored, 1 when it is not.
  await promisify(execFile)('git', ['check-ignore', '--quiet', `${name}-${version}.tgz`], { cwd: ROOT })
})
