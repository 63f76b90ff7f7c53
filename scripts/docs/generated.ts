// Keeps the generated parts of the docs in step with their source: writes them, or with --check names the stale files and fails, as npm test does.
import { readFile, writeFile } from 'node:fs/promises'

/** Where generated text comes from, and the command that writes it again. */
export interface Origin {
  source: string
  command: string
}

export interface GeneratedFile {
  path: string
  text: string
}

/** An HTML comment, unseen on the page, that tells whoever opens the file where the text comes from. */
export function generatedNote (name: string, { source, command }: Origin): string {
  return `<!-- generated: ${name} from ${source} by ${command}; edit that, not what follows -->`
}

/**
 * `text` with the lines between `<!-- generated: NAME … -->` and
 * `<!-- end generated: NAME -->` replaced by `content`. The markers stay, so
 * the next run finds them; a file without them is an error, not a silent skip.
 */
export function replaceSection (text: string, name: string, origin: Origin, content: string): string {
  const lines = text.split('\n')
  const begin = lines.findIndex(line => line.startsWith(`<!-- generated: ${name} `))
  const end = lines.findIndex(line => line === `<!-- end generated: ${name} -->`)
  if (begin === -1 || end < begin) throw new Error(`no <!-- generated: ${name} … --> and <!-- end generated: ${name} --> lines to write between`)
  return [...lines.slice(0, begin), generatedNote(name, origin), content.replace(/\n$/, ''), ...lines.slice(end)].join('\n')
}

export async function writeOrCheck (files: GeneratedFile[], { source, command }: Origin): Promise<void> {
  const isCheck = process.argv.includes('--check')
  const stale: string[] = []
  for (const { path, text } of files) {
    const current = await readFile(path, 'utf8').catch(() => '')
    if (current === text) continue
    if (isCheck) stale.push(path)
    else await writeFile(path, text)
  }
  const paths = files.map(file => file.path).join(', ')
  if (stale.length > 0) {
    console.error(`Out of date with ${source}: ${stale.join(', ')}. Run ${command} and commit the result.`)
    process.exitCode = 1
  } else {
    console.log(isCheck ? `${paths}: up to date with ${source}.` : `Wrote ${paths}.`)
  }
}
