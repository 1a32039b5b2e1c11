import { KUBE_PROTOBUF_MAGIC } from '../envelope';
import type { JsonObject, JsonValue } from '../json-value';
import type { MessageName, ScalarType } from '../schema/field-spec';
import { protobufMessageFor } from '../schema/kinds';
import { type MessageDescriptor, type ValueType, messageDescriptor } from '../schema/message-registry';
import { bytesField, varintField } from './wire-writer';

/**
 * JSON -> Kubernetes protobuf from the same tables the decoder reads, for round-trip tests. Strict on purpose:
 * a JSON key the tables do not know throws, which is how kubectl's JSON checks the tables' names.
 */
export function encodeKubeProtobuf(object: JsonObject): Buffer {
  const { apiVersion, kind, ...fields } = object;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') throw new Error('apiVersion and kind are required');
  const message = protobufMessageFor(apiVersion, kind);
  if (!message) throw new Error(`no protobuf message for ${apiVersion} ${kind}`);
  const typeMeta = Buffer.concat([bytesField(1, apiVersion), bytesField(2, kind)]);
  const raw = encodeMessage(messageDescriptor(message), fields);
  // Go writes contentEncoding and contentType even when empty; so do we, to match real bodies.
  const unknown = Buffer.concat([bytesField(1, typeMeta), bytesField(2, raw), bytesField(3, ''), bytesField(4, '')]);
  return Buffer.concat([KUBE_PROTOBUF_MAGIC, unknown]);
}

function scalar(type: ScalarType, number: number, value: JsonValue): Buffer {
  switch (type) {
    case 'string':
      if (typeof value === 'string') return bytesField(number, value);
      break;
    case 'bytes':
      if (typeof value === 'string') return bytesField(number, Buffer.from(value, 'base64'));
      break;
    case 'bool':
      if (typeof value === 'boolean') return varintField(number, value ? 1 : 0);
      break;
    case 'int32':
    case 'int64':
      if (typeof value === 'number') return varintField(number, value);
      break;
  }
  throw new Error(`field ${number}: ${JSON.stringify(value)} is not a ${type}`);
}

const asObject = (value: JsonValue, name: string): JsonObject => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${name}: not an object`);
  return value;
};

const asString = (value: JsonValue, name: string): string => {
  if (typeof value !== 'string') throw new Error(`${name}: ${JSON.stringify(value)} is not a string`);
  return value;
};

/** The inverse of the decoder's JSON forms: the message fields behind Time, Quantity, IntOrString and friends. */
function formFields(name: MessageName, value: JsonValue): JsonObject | null {
  switch (name) {
    case 'meta.v1.Time':
      return value === null ? null : { seconds: Date.parse(asString(value, name)) / 1000 };
    case 'resource.Quantity':
      return { string: asString(value, name) };
    case 'intstr.IntOrString':
      return typeof value === 'number' ? { type: 0, intVal: value } : { type: 1, strVal: asString(value, name) };
    case 'meta.v1.FieldsV1':
      return { Raw: Buffer.from(JSON.stringify(value)).toString('base64') };
    case 'authentication.v1.ExtraValue':
    case 'certificates.v1.ExtraValue':
      return value === null ? {} : { items: value };
    default:
      return asObject(value, name);
  }
}

function encodeValue(type: ValueType, number: number, value: JsonValue): Buffer {
  if ('scalar' in type) return scalar(type.scalar, number, value);
  const fields = formFields(type.message, value);
  return bytesField(number, fields ? encodeMessage(messageDescriptor(type.message), fields) : Buffer.alloc(0));
}

/** Names a message's JSON may use: its own fields and, through inline fields, those of embedded structs. */
function jsonNames(descriptor: MessageDescriptor): string[] {
  return descriptor.fields.flatMap((field) =>
    field.inline && 'message' in field.value ? jsonNames(messageDescriptor(field.value.message)) : [field.name],
  );
}

export function encodeMessage(descriptor: MessageDescriptor, json: JsonObject): Buffer {
  const known = new Set(jsonNames(descriptor));
  const stray = Object.keys(json).filter((key) => !known.has(key));
  if (stray.length) throw new Error(`${descriptor.name} has no field ${stray.join(', ')}`);
  const parts: Buffer[] = [];
  for (const field of descriptor.fields) {
    if (field.inline && 'message' in field.value) {
      const inner = messageDescriptor(field.value.message);
      const names = new Set(jsonNames(inner));
      const picked = Object.fromEntries(Object.entries(json).filter(([key]) => names.has(key)));
      if (Object.keys(picked).length) parts.push(bytesField(field.number, encodeMessage(inner, picked)));
      continue;
    }
    const value = json[field.name];
    // A nil Go slice or map prints as null (`rules: null`) and is simply not written.
    if (value === undefined || (value === null && field.cardinality !== 'single')) continue;
    if (field.cardinality === 'repeated') {
      if (!Array.isArray(value)) throw new Error(`${descriptor.name}.${field.name}: not a list`);
      parts.push(...value.map((element) => encodeValue(field.value, field.number, element)));
    } else if (field.cardinality === 'map') {
      const entries = Object.entries(asObject(value, `${descriptor.name}.${field.name}`));
      parts.push(
        ...entries.map(([key, entry]) =>
          bytesField(field.number, Buffer.concat([bytesField(1, key), encodeValue(field.value, 2, entry)])),
        ),
      );
    } else {
      parts.push(encodeValue(field.value, field.number, value));
    }
  }
  return Buffer.concat(parts);
}
