// Reads a steps file as TypeScript: each Given, When or Then call with its sentence, its function's parameter names and the comment above it.
import ts from 'typescript'

export interface StepSource {
  keyword: string
  /** The Cucumber Expression, as written: `I send a {word} request to {string}`. */
  pattern: string
  /** The step function's parameter names, `this` left out; one more than the sentence holds is the doc string. */
  parameterNames: string[]
  /** The comment just above the call, as one line of text. */
  comment: string | undefined
  /** Where cucumber says the step is defined: the line of the call, from 1. */
  line: number
}

export interface StepFileSource {
  /** The sentence the file opens with. */
  purpose: string
  steps: StepSource[]
}

const KEYWORDS = new Set(['Given', 'When', 'Then'])

function commentText (text: string, node: ts.Node): string | undefined {
  const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []
  const lines = ranges.map(range => text.slice(range.pos, range.end))
    .flatMap(comment => comment.split('\n'))
    .map(line => line.trim().replace(/^(\/\/|\/\*\*|\*\/|\*)\s?/, '').replace(/\s*\*\/$/, '').trim())
    .filter(Boolean)
  return lines.length === 0 ? undefined : lines.join(' ')
}

function stepOf (text: string, source: ts.SourceFile, call: ts.CallExpression): StepSource | undefined {
  const [sentence, code] = call.arguments
  if (!ts.isIdentifier(call.expression) || !KEYWORDS.has(call.expression.text)) return undefined
  if (sentence === undefined || !ts.isStringLiteralLike(sentence)) return undefined
  if (code === undefined || !(ts.isFunctionExpression(code) || ts.isArrowFunction(code))) return undefined
  const statement = call.parent
  return {
    keyword: call.expression.text,
    pattern: sentence.text,
    parameterNames: code.parameters.map(parameter => parameter.name.getText(source)).filter(name => name !== 'this'),
    comment: commentText(text, ts.isExpressionStatement(statement) ? statement : call),
    line: source.getLineAndCharacterOfPosition(call.getStart(source)).line + 1
  }
}

export function readStepFile (path: string, text: string): StepFileSource {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
  const steps: StepSource[] = []
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isCallExpression(statement.expression)) continue
    const step = stepOf(text, source, statement.expression)
    if (step !== undefined) steps.push(step)
  }
  return { purpose: (text.split('\n')[0] ?? '').replace(/^\/\/\s*/, ''), steps }
}
