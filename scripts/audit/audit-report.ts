// Reads what `npm audit --json` printed and says what it means: checked and clean, checked and vulnerable, or not checked at all.

export const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const
export type Severity = typeof SEVERITIES[number]

/** An advisory at or above this fails the build; below it, it is reported. */
export const FAILING_SEVERITY: Severity = 'moderate'

export type AuditVerdict =
  | { kind: 'clean', dependencies: number, below: Partial<Record<Severity, number>> }
  | { kind: 'vulnerable', counts: Partial<Record<Severity, number>>, packages: string[] }
  | { kind: 'unchecked', reason: string }

interface AuditJson {
  statusCode?: number
  message?: string
  error?: { code?: string, summary?: string }
  vulnerabilities?: Record<string, { severity?: string }>
  metadata?: { vulnerabilities?: Partial<Record<Severity, number>>, dependencies?: { prod?: number, total?: number } }
}

function parse (stdout: string): AuditJson | undefined {
  try {
    const value: unknown = JSON.parse(stdout)
    return typeof value === 'object' && value !== null ? value as AuditJson : undefined
  } catch {
    return undefined
  }
}

function isFailing (severity: string | undefined): boolean {
  return SEVERITIES.indexOf(severity as Severity) >= SEVERITIES.indexOf(FAILING_SEVERITY)
}

/**
 * A report is only trusted when it has the shape of one; anything else (an
 * HTTP error from the registry, a network error, nothing at all) means no
 * advisory was looked at, which must never pass for "no advisories".
 */
export function readAuditReport (stdout: string): AuditVerdict {
  const report = parse(stdout)
  if (report === undefined) return { kind: 'unchecked', reason: 'npm audit printed no report' }
  if (report.statusCode !== undefined) {
    return { kind: 'unchecked', reason: `the advisory service answered ${report.statusCode}: ${report.message ?? ''}`.trim() }
  }
  const counts = report.metadata?.vulnerabilities
  if (report.error !== undefined || counts === undefined || report.vulnerabilities === undefined) {
    const why = report.message ?? ([report.error?.code, report.error?.summary].filter(Boolean).join(': ') || 'npm audit printed no report')
    return { kind: 'unchecked', reason: why }
  }
  const packages = Object.entries(report.vulnerabilities).filter(([, { severity }]) => isFailing(severity)).map(([name]) => name)
  if (packages.length > 0) return { kind: 'vulnerable', counts, packages: packages.sort() }
  const below = Object.fromEntries(Object.entries(counts).filter(([severity, count]) => severity !== 'total' && (count ?? 0) > 0))
  return { kind: 'clean', dependencies: report.metadata?.dependencies?.prod ?? 0, below }
}

/** The words for the CI log, and the exit code: only known advisories fail the build. */
export function reportVerdict (verdict: AuditVerdict): { text: string, exitCode: number } {
  if (verdict.kind === 'unchecked') {
    return {
      text: `WARNING: production dependencies were NOT checked for advisories: ${verdict.reason}.\n` +
        'The advisory service could not be reached from here. This does not fail the build; run `npm run audit:deps` where the registry is reachable.\n',
      exitCode: 0
    }
  }
  if (verdict.kind === 'vulnerable') {
    const counts = Object.entries(verdict.counts).filter(([severity, count]) => severity !== 'total' && (count ?? 0) > 0).map(([severity, count]) => `${count ?? 0} ${severity}`)
    return {
      text: `Advisories at ${FAILING_SEVERITY} or above in production dependencies (${counts.join(', ')}): ${verdict.packages.join(', ')}.\nRun npm audit --omit=dev for the details and the fixes.\n`,
      exitCode: 1
    }
  }
  const below = Object.entries(verdict.below).map(([severity, count]) => `${count ?? 0} ${severity}`)
  return {
    text: `No advisory at ${FAILING_SEVERITY} or above in the ${verdict.dependencies} production dependencies.${below.length > 0 ? ` Below it: ${below.join(', ')}.` : ''}\n`,
    exitCode: 0
  }
}
