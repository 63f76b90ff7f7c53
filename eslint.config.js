// Lint rules: neostandard owns the formatting, TypeScript included.
import neostandard from 'neostandard'

export default [
  ...neostandard({ ts: true, ignores: ['node_modules/**', 'data/**', 'dist/**', 'reports/**'] }),
  {
    rules: {
      // A schema and its static type share one name (STYLE.md): `const Person` and `type Person`.
      '@typescript-eslint/no-redeclare': 'off'
    }
  }
]
