import { isObject } from '@ksb/patches';
import type { KubeObject } from '@ksb/store';
import { apiVersionOf } from '../kind-info';
import { badRequest } from '../kube-errors';
import type { Scope } from '../object-scope';

/** Checks a request body is an object of this kind, and places it in the request's namespace. */
export function decodeObject(scope: Scope, input: unknown): KubeObject {
  if (!isObject(input)) throw badRequest('the body of the request must be a JSON object');
  const object = structuredClone(input) as KubeObject;
  const apiVersion = apiVersionOf(scope.kind);
  if (object.apiVersion !== undefined && object.apiVersion !== apiVersion) {
    throw badRequest(
      `the API version in the data (${String(object.apiVersion)}) does not match the expected API version (${apiVersion})`,
    );
  }
  if (object.kind !== undefined && object.kind !== scope.kind.kind) {
    throw badRequest(
      `the kind in the data (${String(object.kind)}) does not match the expected kind (${scope.kind.kind})`,
    );
  }
  object.apiVersion = apiVersion;
  object.kind = scope.kind.kind;
  if (object.metadata !== undefined && !isObject(object.metadata)) {
    throw badRequest('metadata must be an object');
  }
  object.metadata = { ...(object.metadata ?? {}) };
  if (scope.kind.namespaced) {
    if (!scope.namespace) throw badRequest('a namespace is required for namespaced resources');
    if (object.metadata.namespace !== undefined && object.metadata.namespace !== scope.namespace) {
      throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
    }
    object.metadata.namespace = scope.namespace;
  } else {
    delete object.metadata.namespace;
  }
  return object;
}
