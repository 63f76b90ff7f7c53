// Lint rules: neostandard owns the formatting, TypeScript included; generated files are left as generated.
import neostandard from 'neostandard'

export default [
  ...neostandard({ ts: true, ignores: ['node_modules/**', 'data/**', 'dist/**', 'reports/**', 'site/**', 'bench/results/**', 'src/client/*-types.ts'] }),
  {
    rules: {
      // A schema and its static type share one name (docs/contributing.md): `const Person` and `type Person`.
      '@typescript-eslint/no-redeclare': 'off'
    }
  }
]
