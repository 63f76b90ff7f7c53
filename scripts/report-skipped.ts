// The last line of npm test: which parts of the suite did not run on this machine, and why, or that none was left out.
import { OPERATOR_TOOLS, skippedHere } from '../test/optional-parts.ts'

const skipped = await skippedHere()
console.log(skipped.length === 0
  ? `Skipped nothing: PostgreSQL, Redis, Chromium, every HTTP client, the operators' tools (${Object.keys(OPERATOR_TOOLS).join(', ')}), the Python OpenAPI validator and an older Node.js were all here.`
  : `Skipped ${skipped.map(({ what, why }) => `${what} (${why})`).join('; ')}.`)
