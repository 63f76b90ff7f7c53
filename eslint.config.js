// Lint rules: neostandard owns the formatting, TypeScript included; generated files are left as generated.
import neostandard from 'neostandard'

// An ESM import of node:http reads its every export, and three of them load
// Node's bundled fetch client, which the server never uses (about 4 MiB).
// src/http/node-http.ts takes the values the app needs without that.
const NODE_HTTP_VALUES = ['http', 'node:http'].map(name => ({
  name,
  message: 'Take its values from src/http/node-http.ts: importing them loads undici, memory that the server never uses.'
}))

export default [
  ...neostandard({ ts: true, ignores: ['node_modules/**', 'data/**', 'dist/**', 'reports/**', 'site/**', 'bench/results/**', 'src/client/*-types.ts'] }),
  {
    rules: {
      // A schema and its static type share one name (docs/contributing.md): `const Person` and `type Person`.
      '@typescript-eslint/no-redeclare': 'off'
    }
  },
  {
    files: ['src/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', ...NODE_HTTP_VALUES.map(path => ({ ...path, allowTypeImports: true }))] }
  },
  {
    files: ['src/**/*.js'],
    rules: { 'no-restricted-imports': ['error', ...NODE_HTTP_VALUES] }
  }
]
