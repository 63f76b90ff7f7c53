// The step catalogue page: every sentence the Gherkin steps understand, its parameters, and an example from the features.
import type { StepSource } from './step-source.ts'

export interface StepFile {
  /** Relative to the repository: `features/steps/http.ts`. */
  path: string
  /** The sentence the file opens with. */
  purpose: string
  steps: StepSource[]
}

export interface Example {
  feature: string
  /** The step as a scenario ran it, and its doc string when it has one. */
  text: string
  docString: string | undefined
}

/** The few parts of cucumber's messages (its documented protocol) that say which step definition each step of each scenario ran. */
export interface Envelope {
  stepDefinition?: { id: string, sourceReference: { uri?: string | undefined, location?: { line: number } | undefined } } | undefined
  pickle?: { id: string, uri: string, steps: ReadonlyArray<{ id: string, text: string, argument?: { docString?: { content: string } | undefined } | undefined }> } | undefined
  testCase?: { pickleId: string, testSteps: ReadonlyArray<{ pickleStepId?: string | undefined, stepDefinitionIds?: readonly string[] | undefined }> } | undefined
}

/** Where a step is defined, as `features/steps/http.ts:12`: what joins cucumber's definitions to their source. */
export const placeOf = (uri: string, line: number): string => `${uri}:${line}`

/**
 * The first use of each step definition, by place, in the order of the
 * feature files' names: cucumber's own matching, and an outline's steps as
 * its first row of examples runs them.
 */
export function findExamples (envelopes: Envelope[]): Map<string, Example> {
  const places = new Map<string, string>()
  const pickles = new Map<string, NonNullable<Envelope['pickle']>>()
  const testCases: Array<NonNullable<Envelope['testCase']>> = []
  for (const { stepDefinition, pickle, testCase } of envelopes) {
    const { uri, location } = stepDefinition?.sourceReference ?? {}
    if (stepDefinition !== undefined && uri !== undefined && location !== undefined) places.set(stepDefinition.id, placeOf(uri, location.line))
    if (pickle !== undefined) pickles.set(pickle.id, pickle)
    if (testCase !== undefined) testCases.push(testCase)
  }
  const byFeature = testCases.map((testCase, order) => ({ testCase, order, pickle: pickles.get(testCase.pickleId) }))
    .sort((a, b) => (a.pickle?.uri ?? '').localeCompare(b.pickle?.uri ?? '') || a.order - b.order)
  const examples = new Map<string, Example>()
  for (const { testCase, pickle } of byFeature) {
    for (const { pickleStepId, stepDefinitionIds = [] } of testCase.testSteps) {
      const step = pickle?.steps.find(candidate => candidate.id === pickleStepId)
      const place = places.get(stepDefinitionIds[0] ?? '')
      if (pickle === undefined || step === undefined || place === undefined || examples.has(place)) continue
      examples.set(place, { feature: pickle.uri, text: step.text, docString: step.argument?.docString?.content })
    }
  }
  return examples
}

const PARAMETER = /\{(\w*)\}/g

function parametersOf (step: StepSource): string[] {
  const types = [...step.pattern.matchAll(PARAMETER)].map(([, type = '']) => `{${type}}`)
  const described = types.map((type, index) => `\`${step.parameterNames[index] ?? '?'}\` (\`${type}\`)`)
  const docString = step.parameterNames[types.length]
  if (docString !== undefined) described.push(`\`${docString}\` (the doc string)`)
  return described
}

function exampleLines (keyword: string, { text, docString }: Example): string[] {
  if (docString === undefined) return [`${keyword} ${text}`]
  return [`${keyword} ${text}`, '  """', ...docString.split('\n').map(line => `  ${line}`), '  """']
}

function renderStep (step: StepSource, example: Example | undefined): string {
  const parameters = parametersOf(step)
  return [
    `### ${step.keyword} ${step.pattern}`,
    '',
    ...(step.comment === undefined ? [] : [step.comment, '']),
    parameters.length === 0 ? 'No parameters.' : `Parameters: ${parameters.join('; ')}.`,
    '',
    ...(example === undefined
      ? ['No feature uses it yet.']
      : [`From [\`${example.feature.replace(/^features\//, '')}\`](../${example.feature}):`, '', '```gherkin', ...exampleLines(step.keyword, example), '```'])
  ].join('\n')
}

export function renderStepCatalogue (files: StepFile[], examples: Map<string, Example>, header: string): string {
  const sections = files.map(file => [
    `## ${file.path.replace(/^features\/steps\//, '').replace(/\.ts$/, '')}`,
    '',
    `${file.purpose} From [\`${file.path}\`](../${file.path}).`,
    '',
    file.steps.map(step => renderStep(step, examples.get(placeOf(file.path, step.line)))).join('\n\n')
  ].join('\n'))
  return `${header}\n\n${sections.join('\n\n')}\n`
}
