// Checks the production dependencies against npm's advisories, and says plainly when the advisory service could not be asked.
import { spawnSync } from 'node:child_process'
import { readAuditReport, reportVerdict } from './audit/audit-report.ts'

// Under `npm run`, npm_execpath is the npm that runs us; otherwise the one on the PATH.
const npmCli = process.env.npm_execpath
const [command, args] = npmCli === undefined ? ['npm', []] : [process.execPath, [npmCli]]

// --omit=dev: what ships is what an attacker can reach; the dev tools never run in production.
const audit = spawnSync(command, [...args, 'audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 })
if (audit.error !== undefined) throw audit.error

const { text, exitCode } = reportVerdict(readAuditReport(audit.stdout))
process.stdout.write(text)
process.exitCode = exitCode
