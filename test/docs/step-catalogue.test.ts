// The step catalogue: each sentence read from its steps file with its parameters, and an example as a scenario ran it.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { findExamples, renderStepCatalogue } from '../../scripts/docs/step-catalogue.ts'
import type { Envelope } from '../../scripts/docs/step-catalogue.ts'
import { readStepFile } from '../../scripts/docs/step-source.ts'

const STEPS = `// Generic steps.
import { Given, When } from '@cucumber/cucumber'

Given('I do nothing', function () {})

// One sentence for every method.
When('I send a {word} request to {string} with the body:', async function (this: ApiWorld, method: string, path: string, body: string) {
  await this.request(method, path, body)
})

helper('not a step', () => {})
`

test('reads each step call: keyword, sentence, parameter names without this, the comment above, and its line', () => {
  assert.deepEqual(readStepFile('features/steps/http.ts', STEPS), {
    purpose: 'Generic steps.',
    steps: [
      { keyword: 'Given', pattern: 'I do nothing', parameterNames: [], comment: undefined, line: 4 },
      { keyword: 'When', pattern: 'I send a {word} request to {string} with the body:', parameterNames: ['method', 'path', 'body'], comment: 'One sentence for every method.', line: 7 }
    ]
  })
})

// What a dry run tells: two definitions, and two scenarios in two features, given out of name order.
const ENVELOPES: Envelope[] = [
  { stepDefinition: { id: 'nothing', sourceReference: { uri: 'features/steps/http.ts', location: { line: 4 } } } },
  { stepDefinition: { id: 'send', sourceReference: { uri: 'features/steps/http.ts', location: { line: 7 } } } },
  { pickle: { id: 'later', uri: 'features/b.feature', steps: [{ id: 'b1', text: 'I send a GET request to "people/b" with the body:', argument: { docString: { content: '{}' } } }] } },
  { pickle: { id: 'first', uri: 'features/a.feature', steps: [{ id: 'a1', text: 'I send a PUT request to "people/a" with the body:', argument: { docString: { content: '{"email": "a@b.c"}' } } }] } },
  { testCase: { pickleId: 'later', testSteps: [{}, { pickleStepId: 'b1', stepDefinitionIds: ['send'] }] } },
  { testCase: { pickleId: 'first', testSteps: [{ pickleStepId: 'a1', stepDefinitionIds: ['send'] }] } }
]

test("an example is the step's first use in the features by name, with its doc string", () => {
  assert.deepEqual(findExamples(ENVELOPES), new Map([
    ['features/steps/http.ts:7', { feature: 'features/a.feature', text: 'I send a PUT request to "people/a" with the body:', docString: '{"email": "a@b.c"}' }]
  ]))
})

test('the page names each parameter and its type, the doc string, the example, and a step no feature uses', () => {
  const { purpose, steps } = readStepFile('features/steps/http.ts', STEPS)
  const page = renderStepCatalogue([{ path: 'features/steps/http.ts', purpose, steps }], findExamples(ENVELOPES), '# Steps')
  assert.match(page, /^## http\n\nGeneric steps\. From \[`features\/steps\/http\.ts`\]\(\.\.\/features\/steps\/http\.ts\)\.$/m)
  assert.match(page, /### Given I do nothing\n\nNo parameters\.\n\nNo feature uses it yet\./)
  assert.match(page, /### When I send a \{word\} request to \{string\} with the body:\n\nOne sentence for every method\.\n\n/)
  assert.match(page, /^Parameters: `method` \(`\{word\}`\); `path` \(`\{string\}`\); `body` \(the doc string\)\.$/m)
  assert.match(page, /From \[`a\.feature`\]\(\.\.\/features\/a\.feature\):\n\n```gherkin\nWhen I send a PUT request to "people\/a" with the body:\n {2}"""\n {2}\{"email": "a@b\.c"\}\n {2}"""\n```/)
})
