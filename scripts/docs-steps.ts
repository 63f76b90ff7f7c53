// Writes docs/steps.md, the catalogue of the Gherkin steps, from features/steps/*.ts and the features that use them; --check only compares, as npm test does.
import { loadConfiguration, runCucumber } from '@cucumber/cucumber/api'
import { readdir, readFile } from 'node:fs/promises'
import { PassThrough } from 'node:stream'
import { generatedNote, writeOrCheck } from './docs/generated.ts'
import { findExamples, placeOf, renderStepCatalogue } from './docs/step-catalogue.ts'
import type { Envelope, StepFile } from './docs/step-catalogue.ts'
import { readStepFile } from './docs/step-source.ts'

const ORIGIN = { source: 'features/steps/*.ts', command: 'npm run docs:steps' }

const HEADER = `${generatedNote('steps', ORIGIN)}
# Step catalogue

Every sentence the Gherkin steps understand, grouped by the file that defines
it, with its parameters and an example from the features. A project that
imports the steps (\`rest-api-blueprint/steps\`, as the
[README](../README.md#the-steps) shows) writes its features in these
sentences; [chapter 2](02-testing.md) explains how the steps are built.

In a sentence, \`{string}\` is text in double quotes, \`{int}\` a whole number,
and \`{word}\` one word without spaces, such as \`GET\`; \`a(n)\` reads either
way. A sentence that ends with a colon takes a doc string: the lines between
two \`"""\` lines under the step. Each step is listed under the keyword it is
defined with, but a feature may use it after any keyword, \`And\` and \`But\`
included.`

// A dry run: cucumber matches every step of every scenario to its definition, and runs none.
const { runConfiguration } = await loadConfiguration()
const envelopes: Envelope[] = []
const { success } = await runCucumber({
  ...runConfiguration,
  runtime: { ...runConfiguration.runtime, dryRun: true },
  formats: { ...runConfiguration.formats, stdout: 'summary', files: {} }
}, { stdout: new PassThrough() }, envelope => envelopes.push(envelope))
if (!success) throw new Error('A step in the features matches no definition, or more than one: run npx cucumber-js --dry-run to see which')

const paths = (await readdir('features/steps')).filter(name => name.endsWith('.ts')).sort().map(name => `features/steps/${name}`)
const files: StepFile[] = await Promise.all(paths.map(async path => ({ path, ...readStepFile(path, await readFile(path, 'utf8')) })))

// Every definition cucumber knows must be on the page: one written in a form the reader does not know would otherwise be left out.
const listed = new Set(files.flatMap(file => file.steps.map(step => placeOf(file.path, step.line))))
for (const { stepDefinition } of envelopes) {
  const { uri = '?', location = { line: 0 } } = stepDefinition?.sourceReference ?? {}
  if (stepDefinition !== undefined && !listed.has(placeOf(uri, location.line))) throw new Error(`The step defined at ${placeOf(uri, location.line)} was not found in its file`)
}

await writeOrCheck([{ path: 'docs/steps.md', text: renderStepCatalogue(files, findExamples(envelopes), HEADER) }], ORIGIN)
