import { refName, type Definitions, type KubeSchema } from './schema';

/**
 * Follows $ref and the single-entry allOf that upstream v3 wraps references in (so a description can
 * stand beside them) down to the schema that says what the value is.
 */
export function resolveSchema(schema: KubeSchema, definitions: Definitions): KubeSchema {
  let current = schema;
  for (let hops = 0; hops < 16; hops++) {
    if (current.$ref !== undefined) {
      const target = definitions[refName(current.$ref)];
      if (!target) throw new Error(`unresolved schema reference ${current.$ref}`);
      current = target;
    } else if (current.allOf?.length === 1 && current.type === undefined && current.properties === undefined) {
      current = current.allOf[0];
    } else {
      return current;
    }
  }
  throw new Error('schema references loop');
}

/** The schema of a map's values, when the schema is a map (additionalProperties). */
export function mapValueSchema(schema: KubeSchema): KubeSchema | undefined {
  return typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
}
