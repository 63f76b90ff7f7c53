// Moves every schema that has a title into components, and refers to it there, so each shape is described once.
type Json = Record<string, unknown>

function isSchemaWithTitle (value: unknown): value is Json & { title: string } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) &&
    typeof (value as Json).title === 'string' && ('type' in value || 'properties' in value)
}

export function hoistTitledSchemas<Document extends Json> (document: Document): Document {
  const schemas: Record<string, unknown> = {}
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit)
    if (typeof value !== 'object' || value === null) return value
    // Children first, so a titled schema inside another is hoisted on its own;
    // examples are data, not schemas, even when they hold a "title".
    const copy = Object.fromEntries(Object.entries(value).map(([key, child]) => [key, key === 'examples' || key === 'example' ? child : visit(child)]))
    if (!isSchemaWithTitle(copy)) return copy
    schemas[copy.title] ??= copy
    return { $ref: `#/components/schemas/${copy.title}` }
  }
  const paths = visit(document.paths)
  const components = (document.components ?? {}) as Json
  return { ...document, paths, components: { ...components, schemas: { ...(components.schemas as Json | undefined), ...schemas } } }
}
