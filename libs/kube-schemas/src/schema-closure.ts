import { refName, type Definitions, type KubeSchema } from './schema';

function collectRefs(schema: KubeSchema, into: string[]): void {
  if (schema.$ref !== undefined) into.push(refName(schema.$ref));
  for (const child of schema.allOf ?? []) collectRefs(child, into);
  for (const child of schema.oneOf ?? []) collectRefs(child, into);
  for (const child of Object.values(schema.properties ?? {})) collectRefs(child, into);
  if (schema.items) collectRefs(schema.items, into);
  if (typeof schema.additionalProperties === 'object') collectRefs(schema.additionalProperties, into);
}

/** The named definitions plus every definition they reference, directly or not, sorted by name. */
export function schemaClosure(roots: readonly string[], definitions: Definitions): Definitions {
  const seen = new Set<string>();
  const pending = [...roots];
  while (pending.length) {
    const name = pending.pop() as string;
    if (seen.has(name)) continue;
    const schema = definitions[name];
    if (!schema) throw new Error(`unresolved schema reference ${name}`);
    seen.add(name);
    collectRefs(schema, pending);
  }
  return Object.fromEntries([...seen].sort().map((name) => [name, definitions[name]]));
}
