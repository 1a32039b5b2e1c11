import type { JsonValue } from '../json-value';
import { ProtobufDecodeError } from '../protobuf-decode-error';
import type { ScalarType } from '../schema/field-spec';
import type { WireField } from '../wire/wire-reader';

const VARINT_SCALARS: ReadonlySet<ScalarType> = new Set(['bool', 'int32', 'int64']);

/** Whether a repeated field of this type may arrive packed (several varints in one length-delimited entry). */
export const isPackable = (type: ScalarType): boolean => VARINT_SCALARS.has(type);

/** A varint as the JSON number or boolean Go prints for the field's type. */
export function varintValue(type: ScalarType, raw: bigint, path: string): JsonValue {
  switch (type) {
    case 'bool':
      return raw !== 0n;
    case 'int32':
      // Go truncates to 32 bits; negative int32s arrive sign-extended to 64 bits.
      return Number(BigInt.asIntN(32, raw));
    case 'int64': {
      const value = Number(BigInt.asIntN(64, raw));
      // JSON numbers in JavaScript lose precision past 2^53; refuse rather than store a different number.
      if (!Number.isSafeInteger(value)) throw new ProtobufDecodeError(`${path}: ${raw} is too large for this server`);
      return value;
    }
    case 'string':
    case 'bytes':
      throw new ProtobufDecodeError(`${path}: expected a length-delimited ${type}, got a varint`);
  }
}

/** One wire entry as the JSON value of a scalar field: strings as text, bytes as base64 (Go's []byte JSON). */
export function scalarValue(type: ScalarType, field: WireField, path: string): JsonValue {
  if (field.wireType === 'varint') return varintValue(type, field.value, path);
  if (field.wireType === 'bytes' && type === 'string') return field.value.toString('utf8');
  if (field.wireType === 'bytes' && type === 'bytes') return field.value.toString('base64');
  throw new ProtobufDecodeError(`${path}: expected ${type}, got wire type ${field.wireType}`);
}

export const SCALAR_ZERO: Readonly<Record<ScalarType, JsonValue>> = {
  string: '',
  bytes: '',
  bool: false,
  int32: 0,
  int64: 0,
};

/** The zero value Go writes for an unset non-pointer scalar, which encoding/json's omitempty leaves out. */
export const isZero = (value: JsonValue): boolean => value === '' || value === 0 || value === false;
