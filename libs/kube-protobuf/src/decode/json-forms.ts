import type { JsonObject, JsonValue } from '../json-value';
import { ProtobufDecodeError } from '../protobuf-decode-error';
import type { MessageName } from '../schema/field-spec';

/**
 * Turns a decoded message into its JSON form, for the apimachinery types whose JSON is not an object
 * (custom MarshalJSON in Go). `raw` is the message's own bytes, for forms that care whether it was empty.
 */
type JsonForm = (fields: JsonObject, raw: Buffer, path: string) => JsonValue;

const numberField = (fields: JsonObject, name: string): number => {
  const value = fields[name];
  return typeof value === 'number' ? value : 0;
};

const stringField = (fields: JsonObject, name: string): string => {
  const value = fields[name];
  return typeof value === 'string' ? value : '';
};

/**
 * metav1.Time: Go writes nothing for the zero time (JSON null, as in `creationTimestamp: null`), otherwise
 * seconds since the epoch; its JSON is RFC 3339 in UTC to the second.
 */
const time: JsonForm = (fields, raw, path) => {
  if (raw.length === 0) return null;
  const text = new Date(numberField(fields, 'seconds') * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  // Go refuses to marshal years outside 0000-9999 (and Date prints them as +/-YYYYYY).
  if (!/^\d{4}-/.test(text)) throw new ProtobufDecodeError(`${path}: time is outside the years 0000-9999`);
  return text;
};

/** resource.Quantity travels as its canonical string ("500m", "1Gi"), which is also its JSON. */
const quantity: JsonForm = (fields) => stringField(fields, 'string');

/** intstr.IntOrString: type 0 is an int (intVal), type 1 a string (strVal). */
const intOrString: JsonForm = (fields, _raw, path) => {
  const type = numberField(fields, 'type');
  if (type === 0) return numberField(fields, 'intVal');
  if (type === 1) return stringField(fields, 'strVal');
  throw new ProtobufDecodeError(`${path}: IntOrString has unknown type ${type}`);
};

/** metav1.FieldsV1 (managedFields[].fieldsV1) carries its JSON verbatim as bytes. */
const fieldsV1: JsonForm = (fields, _raw, path) => {
  const text = Buffer.from(stringField(fields, 'Raw'), 'base64').toString('utf8');
  if (text === '') return null;
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    throw new ProtobufDecodeError(`${path}: fieldsV1 is not valid JSON`);
  }
};

/** ExtraValue (authentication/v1, certificates/v1) is a Go []string wrapped in a message; nil is JSON null. */
const extraValue: JsonForm = (fields) => fields.items ?? null;

export const JSON_FORMS: ReadonlyMap<MessageName, JsonForm> = new Map<MessageName, JsonForm>([
  ['meta.v1.Time', time],
  ['resource.Quantity', quantity],
  ['intstr.IntOrString', intOrString],
  ['meta.v1.FieldsV1', fieldsV1],
  ['authentication.v1.ExtraValue', extraValue],
  ['certificates.v1.ExtraValue', extraValue],
]);
