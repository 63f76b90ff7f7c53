// Runs the rest-api-blueprint command from the sources, as a user would run it, and answers what it printed and how it exited.
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url))

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

export async function cli (args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return await new Promise(resolve => {
    // Only PATH from outside: a DATABASE_URL or admin key of the developer's must not leak in.
    execFile(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', ...env } }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr })
    })
  })
}
