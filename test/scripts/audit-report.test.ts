// Checks how the dependency audit reads npm's answer: an unreachable advisory service is reported as unchecked and passes, a known advisory fails.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readAuditReport, reportVerdict } from '../../scripts/audit/audit-report.ts'

const NONE = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 }

function report (vulnerabilities: Record<string, { severity: string }>, counts: Partial<typeof NONE> = {}): string {
  return JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: { ...NONE, ...counts }, dependencies: { prod: 120, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 119 } }
  })
}

test('a registry that refuses the advisory endpoint means unchecked: said loudly, without failing the build', () => {
  // What npm printed on the machines this project is built on.
  const refused = JSON.stringify({
    message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    method: 'POST',
    uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    statusCode: 405,
    body: '',
    error: { summary: '', detail: '' }
  })
  const verdict = readAuditReport(refused)
  assert.equal(verdict.kind, 'unchecked')
  const { text, exitCode } = reportVerdict(verdict)
  assert.equal(exitCode, 0)
  assert.match(text, /^WARNING: production dependencies were NOT checked for advisories: the advisory service answered 405/)
})

test('a network failure, or no output at all, is unchecked too, never clean', () => {
  const refused = JSON.stringify({ message: 'request to http://127.0.0.1:9/-/npm/v1/security/advisories/bulk failed, reason: connect ECONNREFUSED 127.0.0.1:9', error: { summary: '', detail: '' } })
  for (const stdout of [refused, JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'getaddrinfo ENOTFOUND registry.npmjs.org' } }), '', 'npm ERR! something']) {
    const verdict = readAuditReport(stdout)
    assert.equal(verdict.kind, 'unchecked', stdout)
    assert.match(reportVerdict(verdict).text, /NOT checked/)
  }
  assert.match(reportVerdict(readAuditReport(refused)).text, /ECONNREFUSED/)
})

test('an advisory at moderate or above fails the build and names the package', () => {
  const verdict = readAuditReport(report({ yaml: { severity: 'moderate' }, pg: { severity: 'critical' }, helmet: { severity: 'low' } }, { low: 1, moderate: 1, critical: 1, total: 3 }))
  assert.deepEqual(verdict, { kind: 'vulnerable', counts: { ...NONE, low: 1, moderate: 1, critical: 1, total: 3 }, packages: ['pg', 'yaml'] })
  const { text, exitCode } = reportVerdict(verdict)
  assert.equal(exitCode, 1)
  assert.match(text, /1 low, 1 moderate, 1 critical\): pg, yaml/)
})

test('a clean report passes, and mentions advisories below the bar', () => {
  assert.deepEqual(reportVerdict(readAuditReport(report({}))), { text: 'No advisory at moderate or above in the 120 production dependencies.\n', exitCode: 0 })
  const low = reportVerdict(readAuditReport(report({ helmet: { severity: 'low' } }, { low: 1, total: 1 })))
  assert.equal(low.exitCode, 0)
  assert.match(low.text, /Below it: 1 low\./)
})
