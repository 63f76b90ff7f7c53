#!/usr/bin/env node
// The rest-api-blueprint command: checks the Node.js version, then runs the TypeScript sources in a clone, or the compiled JavaScript in the package.
import { existsSync } from 'node:fs'

// The package ships dist/ and no src/; Node strips types only outside node_modules, so it could not run them there anyway.
const fromSources = existsSync(new URL('../src/cli.ts', import.meta.url))
const code = new URL(fromSources ? '../src/' : '../dist/src/', import.meta.url)

// Imported one after the other, so that an older Node.js stops at the check before reading a line of the command.
await import(new URL('check-node-version.js', code).href)
await import(new URL(fromSources ? 'cli.ts' : 'cli.js', code).href)
