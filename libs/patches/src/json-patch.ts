import { isObject, JsonValue, PatchError } from './json-value';

export interface JsonPatchOperation {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  from?: string;
  value?: JsonValue;
}

const OPS = new Set(['add', 'remove', 'replace', 'move', 'copy', 'test']);

/** RFC 6901 pointer tokens: "~1" is "/", "~0" is "~". */
function tokens(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new PatchError(`invalid JSON pointer "${pointer}": must start with "/"`);
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(doc: JsonValue, path: string[], op: string, pointer: string): JsonValue {
  let node = doc;
  for (const token of path.slice(0, -1)) {
    const next = Array.isArray(node) ? node[Number(token)] : isObject(node) ? node[token] : undefined;
    if (next === undefined) throw new PatchError(`${op} operation does not apply: doc is missing path: "${pointer}"`);
    node = next;
  }
  return node;
}

function arrayIndex(array: JsonValue[], token: string, allowEnd: boolean, op: string, pointer: string): number {
  if (allowEnd && token === '-') return array.length;
  if (!/^(0|[1-9][0-9]*)$/.test(token) || Number(token) > array.length - (allowEnd ? 0 : 1)) {
    throw new PatchError(`${op} operation does not apply: index out of bounds: "${pointer}"`);
  }
  return Number(token);
}

function get(doc: JsonValue, pointer: string, op: string): JsonValue {
  let node = doc;
  for (const token of tokens(pointer)) {
    const next = Array.isArray(node) ? node[Number(token)] : isObject(node) ? node[token] : undefined;
    if (next === undefined) throw new PatchError(`${op} operation does not apply: doc is missing path: "${pointer}"`);
    node = next;
  }
  return node;
}

function remove(doc: JsonValue, pointer: string, op: string): JsonValue {
  const path = tokens(pointer);
  if (path.length === 0) throw new PatchError(`${op} operation does not apply: cannot remove the whole document`);
  const parent = parentOf(doc, path, op, pointer);
  const last = path[path.length - 1];
  if (Array.isArray(parent)) {
    const index = arrayIndex(parent, last, false, op, pointer);
    return parent.splice(index, 1)[0];
  }
  if (!isObject(parent) || !(last in parent)) {
    throw new PatchError(`${op} operation does not apply: doc is missing key: "${pointer}"`);
  }
  const value = parent[last];
  delete parent[last];
  return value;
}

function add(doc: JsonValue, pointer: string, value: JsonValue, op: string): JsonValue {
  const path = tokens(pointer);
  if (path.length === 0) return value;
  const parent = parentOf(doc, path, op, pointer);
  const last = path[path.length - 1];
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, last, true, op, pointer), 0, value);
  else if (isObject(parent)) parent[last] = value;
  else throw new PatchError(`${op} operation does not apply: doc is missing path: "${pointer}"`);
  return doc;
}

const equal = (a: JsonValue, b: JsonValue): boolean => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
const sortKeys = (value: JsonValue): JsonValue =>
  Array.isArray(value)
    ? value.map(sortKeys)
    : isObject(value)
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((k) => [k, sortKeys(value[k])]),
        )
      : value;

/** Parses and checks a JSON patch document (an array of operations). */
export function parseJsonPatch(patch: unknown): JsonPatchOperation[] {
  if (!Array.isArray(patch)) throw new PatchError('json patch must be an array of operations');
  return patch.map((raw: unknown, i) => {
    if (!isObject(raw) || typeof raw.op !== 'string') throw new PatchError(`json patch operation ${i} has no "op"`);
    const operation = raw as unknown as JsonPatchOperation;
    if (!OPS.has(operation.op)) throw new PatchError(`Unexpected kind: ${String(operation.op)}`);
    if (typeof operation.path !== 'string') throw new PatchError(`json patch operation ${i} has no "path"`);
    if ((operation.op === 'move' || operation.op === 'copy') && typeof operation.from !== 'string') {
      throw new PatchError(`json patch ${operation.op} operation ${i} has no "from"`);
    }
    if ((operation.op === 'add' || operation.op === 'replace' || operation.op === 'test') && !('value' in operation)) {
      throw new PatchError(`json patch ${operation.op} operation ${i} has no "value"`);
    }
    return operation;
  });
}

/** JSON patch (RFC 6902), what `kubectl rollout undo` and `kubectl patch --type=json` send. */
export function applyJsonPatch(document: JsonValue, patch: JsonPatchOperation[]): JsonValue {
  let doc = structuredClone(document);
  for (const operation of patch) {
    const { op, path } = operation;
    switch (op) {
      case 'add':
        doc = add(doc, path, structuredClone(operation.value ?? null), op);
        break;
      case 'remove':
        remove(doc, path, op);
        break;
      case 'replace':
        get(doc, path, op);
        if (tokens(path).length === 0) doc = structuredClone(operation.value ?? null);
        else {
          remove(doc, path, op);
          doc = add(doc, path, structuredClone(operation.value ?? null), op);
        }
        break;
      case 'move': {
        const value = remove(doc, operation.from ?? '', op);
        doc = add(doc, path, value, op);
        break;
      }
      case 'copy':
        doc = add(doc, path, structuredClone(get(doc, operation.from ?? '', op)), op);
        break;
      case 'test':
        if (!equal(get(doc, path, op), operation.value ?? null)) {
          throw new PatchError(`testing value ${path} failed: test failed`);
        }
        break;
    }
  }
  return doc;
}
