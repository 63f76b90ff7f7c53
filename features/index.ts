// The Gherkin steps with their world and hooks, as one module another project's cucumber can import to check its own server.
import './support/world.ts'
import './support/hooks.ts'
import './steps/auth.ts'
import './steps/conditional.ts'
import './steps/http.ts'
import './steps/people.ts'
import './steps/problems.ts'
import './steps/switches.ts'

// For a project that adds steps of its own on the same world.
export { ApiWorld } from './support/world.ts'
export type { HttpClient, HttpRequest, HttpResponse } from './support/http-client.ts'
