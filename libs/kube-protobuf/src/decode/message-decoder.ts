import type { JsonObject, JsonValue } from '../json-value';
import { ProtobufDecodeError } from '../protobuf-decode-error';
import type { MessageName } from '../schema/field-spec';
import {
  type FieldDescriptor,
  type MessageDescriptor,
  type ValueType,
  messageDescriptor,
} from '../schema/message-registry';
import { readFields, readPackedVarints, type WireField } from '../wire/wire-reader';
import { JSON_FORMS } from './json-forms';
import { SCALAR_ZERO, isPackable, isZero, scalarValue, varintValue } from './scalar-value';

export interface DecodeContext {
  /** Fields the tables do not know (a newer client), skipped for forward compatibility; kept for debugging. */
  readonly unknownFields: string[];
}

const join = (path: string, name: string) => (path ? `${path}.${name}` : name);

const isObject = (value: JsonValue): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function lengthDelimited(field: WireField, path: string): Buffer {
  if (field.wireType !== 'bytes') {
    throw new ProtobufDecodeError(`${path}: expected a length-delimited field, got wire type ${field.wireType}`);
  }
  return field.value;
}

/** A message's JSON: an object, or the special form of Time, Quantity, IntOrString and friends. */
function nestedMessage(name: MessageName, bytes: Buffer, path: string, context: DecodeContext): JsonValue {
  const fields = decodeMessage(messageDescriptor(name), bytes, path, context);
  const form = JSON_FORMS.get(name);
  return form ? form(fields, bytes, path) : fields;
}

function zeroValue(type: ValueType, path: string, context: DecodeContext): JsonValue {
  if ('scalar' in type) return SCALAR_ZERO[type.scalar];
  return nestedMessage(type.message, Buffer.alloc(0), path, context);
}

function value(type: ValueType, field: WireField, path: string, context: DecodeContext): JsonValue {
  if ('scalar' in type) return scalarValue(type.scalar, field, path);
  return nestedMessage(type.message, lengthDelimited(field, path), path, context);
}

function repeatedValue(field: FieldDescriptor, entries: WireField[], path: string, context: DecodeContext) {
  const { value: type } = field;
  const values: JsonValue[] = [];
  for (const entry of entries) {
    if ('scalar' in type && isPackable(type.scalar) && entry.wireType === 'bytes') {
      const packed = readPackedVarints(entry.value, path);
      values.push(...packed.map((raw) => varintValue(type.scalar, raw, `${path}[${values.length}]`)));
    } else {
      values.push(value(type, entry, `${path}[${values.length}]`, context));
    }
  }
  return values;
}

/** Maps travel as repeated {key = 1, value = 2} entries; a missing part is the type's zero value. */
function mapValue(field: FieldDescriptor, entries: WireField[], path: string, context: DecodeContext) {
  const map: JsonObject = {};
  for (const entry of entries) {
    const parts = readFields(lengthDelimited(entry, path), `${path} map entry`);
    const keyField = parts.findLast((part) => part.number === 1);
    const key = keyField ? lengthDelimited(keyField, `${path} key`).toString('utf8') : '';
    const valueField = parts.findLast((part) => part.number === 2);
    const entryPath = `${path}[${JSON.stringify(key)}]`;
    const entryValue = valueField
      ? value(field.value, valueField, entryPath, context)
      : zeroValue(field.value, entryPath, context);
    // Keys come from the client: define them, so "__proto__" stays a key (as JSON.parse keeps it), not a prototype.
    Object.defineProperty(map, key, { value: entryValue, enumerable: true, writable: true, configurable: true });
  }
  return map;
}

/**
 * A singular field: a scalar's last occurrence wins, and a message's occurrences merge (protobuf semantics, done by
 * decoding their concatenated bytes). Unset non-pointer scalars come back undefined.
 */
function singleValue(field: FieldDescriptor, entries: WireField[], path: string, context: DecodeContext) {
  const { value: type } = field;
  if ('scalar' in type) {
    const scalar = scalarValue(type.scalar, entries[entries.length - 1], path);
    return !field.pointer && isZero(scalar) ? undefined : scalar;
  }
  const bytes = Buffer.concat(entries.map((entry) => lengthDelimited(entry, path)));
  return nestedMessage(type.message, bytes, path, context);
}

function groupByNumber(descriptor: MessageDescriptor, bytes: Buffer, path: string, context: DecodeContext) {
  const groups = new Map<number, WireField[]>();
  for (const field of readFields(bytes, `${path || 'the object'} (${descriptor.name})`)) {
    if (!descriptor.byNumber.has(field.number)) {
      context.unknownFields.push(`${path || '.'}: field ${field.number} (${field.wireType}) of ${descriptor.name}`);
      continue;
    }
    const group = groups.get(field.number);
    if (group) group.push(field);
    else groups.set(field.number, [field]);
  }
  return groups;
}

/** Decodes one message's bytes into the JSON object kubectl would have sent, keys in Go struct order. */
export function decodeMessage(
  descriptor: MessageDescriptor,
  bytes: Buffer,
  path: string,
  context: DecodeContext,
): JsonObject {
  const groups = groupByNumber(descriptor, bytes, path, context);
  const object: JsonObject = {};
  for (const field of descriptor.fields) {
    const entries = groups.get(field.number);
    if (!entries) continue;
    // An inline (embedded) struct's fields sit in the parent's JSON object, so they share its path.
    const fieldPath = field.inline ? path : join(path, field.name);
    if (field.cardinality === 'repeated') object[field.name] = repeatedValue(field, entries, fieldPath, context);
    else if (field.cardinality === 'map') object[field.name] = mapValue(field, entries, fieldPath, context);
    else {
      const single = singleValue(field, entries, fieldPath, context);
      if (field.inline && single !== undefined && isObject(single)) Object.assign(object, single);
      else if (single !== undefined) object[field.name] = single;
    }
  }
  return object;
}
