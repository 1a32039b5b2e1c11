import { DomainError, type ErrorCause } from '@ksb/errors';
import { isRecord, RESOURCES, type ResourceDefinition } from '@ksb/resources';
import { parseYamlDocuments } from '../../kube/resources/request/yaml-limited';

/** Largest manifest applyManifest takes (kubectl users paste files, not archives). */
export const MAX_MANIFEST_BYTES = 1024 * 1024;
/** Most objects one manifest may hold. */
export const MAX_MANIFEST_OBJECTS = 500;

/** One object of a manifest: where it goes, or why it cannot. */
export interface ManifestEntry {
  /** Position among the manifest's objects (0-based, empty documents skipped). */
  index: number;
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string | null;
  object: Record<string, unknown>;
  definition?: ResourceDefinition;
  /** Set when the object cannot be applied as written (its field paths in causes). */
  problem?: { message: string; causes: ErrorCause[] };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function entryOf(index: number, object: Record<string, unknown>, defaultNamespace: string): ManifestEntry {
  const apiVersion = text(object.apiVersion);
  const kind = text(object.kind);
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  const name = text(metadata.name);
  const causes: ErrorCause[] = [];
  if (!apiVersion) causes.push({ field: 'apiVersion', message: 'Required value', reason: 'FieldValueRequired' });
  if (!kind) causes.push({ field: 'kind', message: 'Required value', reason: 'FieldValueRequired' });
  if (!name)
    causes.push({ field: 'metadata.name', message: 'Required value: name is required', reason: 'FieldValueRequired' });
  const definition = apiVersion && kind ? RESOURCES.byApiVersionKind(apiVersion, kind) : undefined;
  if (apiVersion && kind && !definition) {
    causes.push({
      field: 'kind',
      message: `no matches for kind "${kind}" in version "${apiVersion}"`,
      reason: 'FieldValueNotSupported',
    });
  }
  const namespace = definition?.namespaced ? text(metadata.namespace) || defaultNamespace : null;
  return {
    index,
    apiVersion,
    kind,
    name,
    namespace,
    object,
    definition,
    problem: causes.length ? { message: causes.map((c) => `${c.field}: ${c.message}`).join('; '), causes } : undefined,
  };
}

/**
 * The objects of a multi-document YAML (or JSON) manifest, `kind: List` items expanded, each resolved to its
 * resource. Refuses the whole manifest (nothing is applied) when it is too large or not YAML at all; objects
 * that are malformed or of an unknown kind are returned with their problem.
 */
export function manifestEntries(manifest: string, defaultNamespace: string): ManifestEntry[] {
  if (Buffer.byteLength(manifest) > MAX_MANIFEST_BYTES) {
    throw new DomainError('PAYLOAD_TOO_LARGE', `manifest is larger than ${MAX_MANIFEST_BYTES / 1024} KiB`, {
      causes: [{ field: 'manifest', message: `must be at most ${MAX_MANIFEST_BYTES} bytes` }],
    });
  }
  const objects: unknown[] = [];
  for (const document of parseYamlDocuments(manifest)) {
    if (document === null || document === undefined) continue;
    const items: unknown = isRecord(document) && document.kind === 'List' ? document.items : undefined;
    if (Array.isArray(items)) objects.push(...(items as unknown[]));
    else objects.push(document);
  }
  if (objects.length === 0) {
    throw new DomainError('BAD_REQUEST', 'manifest holds no objects', {
      causes: [{ field: 'manifest', message: 'no YAML document with an object' }],
    });
  }
  if (objects.length > MAX_MANIFEST_OBJECTS) {
    throw new DomainError(
      'BAD_REQUEST',
      `manifest holds ${objects.length} objects, more than ${MAX_MANIFEST_OBJECTS}`,
      {
        causes: [{ field: 'manifest', message: `at most ${MAX_MANIFEST_OBJECTS} objects` }],
      },
    );
  }
  return objects.map((object, index) => {
    if (!isRecord(object)) {
      return {
        index,
        apiVersion: '',
        kind: '',
        name: '',
        namespace: null,
        object: {},
        problem: {
          message: 'not an object',
          causes: [{ field: '', message: 'a document must be a mapping (an object)' }],
        },
      };
    }
    return entryOf(index, object, defaultNamespace);
  });
}
