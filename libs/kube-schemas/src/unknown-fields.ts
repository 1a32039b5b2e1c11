import { allDefinitions, requireDefinition } from './definitions';
import { mapValueSchema, resolveSchema } from './resolve';
import type { Definitions, KubeSchema } from './schema';

// The API server's strict decoder (sigs.k8s.io/json) keeps at most 100 strict errors, deduplicated.
const MAX_ERRORS = 100;

const fieldPath = (parent: string, key: string): string => (parent ? `${parent}.${key}` : key);

/** Own properties only: a field named "constructor" must not find Object.prototype's. */
const ownProperty = (properties: Readonly<Record<string, KubeSchema>>, key: string): KubeSchema | undefined =>
  Object.hasOwn(properties, key) ? properties[key] : undefined;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The fields of `object` that its kind's schema does not know, worded as the API server's strict
 * decoding does: `unknown field "spec.replica"`, `unknown field "spec.template.spec.containers[0].imagePullPolice"`
 * (array elements as [i], map keys as .key). Maps (additionalProperties) accept any key but their
 * values are checked; values the schema leaves open (RawExtension, FieldsV1, int-or-string, quantities,
 * x-kubernetes-preserve-unknown-fields) are not looked into, nor is the inside of an unknown field.
 * fieldValidation=Strict fails with `strict decoding error: <these, joined by ", ">`; Warn sends each as a
 * Warning header. Type mismatches are not reported here.
 */
export function unknownFields(object: unknown, group: string, version: string, kind: string): string[] {
  const { schema } = requireDefinition({ group, version, kind });
  const found = new Set<string>();
  walk(object, schema, '', allDefinitions(), found);
  return [...found];
}

function walk(value: unknown, declared: KubeSchema, path: string, definitions: Definitions, found: Set<string>): void {
  if (found.size >= MAX_ERRORS || value === null || typeof value !== 'object') return;
  const schema = resolveSchema(declared, definitions);
  if (schema['x-kubernetes-preserve-unknown-fields']) return;
  if (Array.isArray(value)) {
    if (schema.type !== 'array' || !schema.items) return;
    const items = schema.items;
    value.forEach((item, i) => walk(item, items, `${path}[${i}]`, definitions, found));
    return;
  }
  if (!isObject(value)) return;
  const properties = schema.properties;
  const mapValues = mapValueSchema(schema);
  for (const [key, child] of Object.entries(value)) {
    const childPath = fieldPath(path, key);
    const childSchema = properties ? ownProperty(properties, key) : mapValues;
    if (childSchema) walk(child, childSchema, childPath, definitions, found);
    else if (properties && found.size < MAX_ERRORS) found.add(`unknown field "${childPath}"`);
  }
}
