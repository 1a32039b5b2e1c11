import { isObject, JsonObject, PatchError } from '../json-value';
import type { ApplySchema } from './apply-schema';
import { compareObjects } from './compare-objects';
import type { FieldSet } from './field-set';
import { fieldSetOf } from './field-set-of';
import { goJsonEncode } from './go-json';

export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';

/**
 * The field manager of `kubectl apply --server-side`. Upstream ties the client-side to server-side
 * apply upgrade to this name (users opt out with another --field-manager).
 */
export const KUBECTL_SERVER_SIDE_MANAGER = 'kubectl';

// Upstream's limit on all annotations together (apimachinery TotalAnnotationSizeLimitB).
const ANNOTATIONS_LIMIT = 256 * 1024;

function annotationsOf(object: JsonObject): JsonObject | undefined {
  const metadata = object.metadata;
  return isObject(metadata) && isObject(metadata.annotations) ? metadata.annotations : undefined;
}

function lastApplied(object: JsonObject): string | undefined {
  const value = annotationsOf(object)?.[LAST_APPLIED_ANNOTATION];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The fields kubectl's client-side apply recorded in the last-applied annotation whose live values
 * still match it: upstream lets `kubectl apply --server-side` take these over from
 * kubectl-client-side-apply without a conflict. Undefined when there is no usable annotation.
 */
export function allowedConflictsFromLastApplied(
  live: JsonObject,
  apiVersion: string,
  schema: ApplySchema,
): FieldSet | undefined {
  const text = lastApplied(live);
  if (text === undefined) return undefined;
  try {
    const config: unknown = JSON.parse(text);
    if (!isObject(config) || config.apiVersion !== apiVersion) return undefined;
    const { modified, added, removed } = compareObjects(config, live, schema);
    return fieldSetOf(config, schema).difference(modified).difference(added).difference(removed);
  } catch (error) {
    if (error instanceof SyntaxError || error instanceof PatchError) return undefined;
    throw error;
  }
}

/**
 * After `kubectl apply --server-side`, upstream rewrites an existing last-applied annotation to the
 * configuration just applied (without the annotation itself), so a later client-side apply diffs
 * against it. Dropped, as upstream does, when it would push annotations over their size limit.
 */
export function withLastAppliedFrom(object: JsonObject, applied: JsonObject): JsonObject {
  const annotations = annotationsOf(object);
  if (!annotations || lastApplied(object) === undefined) return object;
  const config = structuredClone(applied);
  const configAnnotations = annotationsOf(config);
  if (configAnnotations) delete configAnnotations[LAST_APPLIED_ANNOTATION];
  const next: JsonObject = { ...annotations, [LAST_APPLIED_ANNOTATION]: goJsonEncode(config) };
  if (annotationsSize(next) > ANNOTATIONS_LIMIT) delete next[LAST_APPLIED_ANNOTATION];
  return { ...object, metadata: { ...(object.metadata as JsonObject), annotations: next } };
}

const utf8 = new TextEncoder();
const bytes = (text: string): number => utf8.encode(text).length;

const annotationsSize = (annotations: JsonObject): number =>
  Object.entries(annotations).reduce(
    (total, [key, value]) => total + bytes(key) + bytes(typeof value === 'string' ? value : ''),
    0,
  );
