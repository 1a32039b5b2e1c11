import { ProtobufDecodeError } from '../protobuf-decode-error';

/** Protobuf wire types. Groups (3, 4) are a proto1 relic Kubernetes never emits, so they count as malformed. */
export type WireType = 'varint' | 'fixed64' | 'bytes' | 'fixed32';

export type WireField =
  | { readonly number: number; readonly wireType: 'varint'; readonly value: bigint }
  | { readonly number: number; readonly wireType: 'fixed64' | 'bytes' | 'fixed32'; readonly value: Buffer };

const WIRE_TYPES: Readonly<Record<number, WireType>> = { 0: 'varint', 1: 'fixed64', 2: 'bytes', 5: 'fixed32' };

/** The most bytes a 64-bit varint takes. */
const MAX_VARINT_BYTES = 10;

/** Largest field number protobuf allows (2^29 - 1). */
const MAX_FIELD_NUMBER = 0x1fffffff;

/** A cursor over one message's bytes; `where` names the message in error messages. */
class Cursor {
  private offset = 0;

  constructor(
    private readonly buffer: Buffer,
    private readonly where: string,
  ) {}

  get done(): boolean {
    return this.offset >= this.buffer.length;
  }

  fail(problem: string): never {
    throw new ProtobufDecodeError(`malformed protobuf in ${this.where} at byte ${this.offset}: ${problem}`);
  }

  varint(): bigint {
    let result = 0n;
    for (let index = 0; index < MAX_VARINT_BYTES; index++) {
      if (this.done) this.fail('truncated varint');
      const byte = this.buffer[this.offset++];
      result |= BigInt(byte & 0x7f) << BigInt(7 * index);
      // Varints are 64-bit: anything past that is garbage, not a bigger number.
      if ((byte & 0x80) === 0) return BigInt.asUintN(64, result);
    }
    return this.fail('varint longer than 10 bytes');
  }

  bytes(length: number): Buffer {
    if (length > this.buffer.length - this.offset) this.fail(`${length} bytes run past the end of the message`);
    const slice = this.buffer.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }

  lengthDelimited(): Buffer {
    const length = this.varint();
    // Compared as bigint first: a huge length must fail here, not lose precision in Number().
    if (length > BigInt(this.buffer.length - this.offset))
      this.fail(`length ${length} runs past the end of the message`);
    return this.bytes(Number(length));
  }

  field(): WireField {
    const key = this.varint();
    const number = Number(key >> 3n);
    if (number === 0 || number > MAX_FIELD_NUMBER) this.fail(`invalid field number ${number}`);
    const wireType = WIRE_TYPES[Number(key & 7n)];
    switch (wireType) {
      case 'varint':
        return { number, wireType, value: this.varint() };
      case 'fixed64':
        return { number, wireType, value: this.bytes(8) };
      case 'fixed32':
        return { number, wireType, value: this.bytes(4) };
      case 'bytes':
        return { number, wireType, value: this.lengthDelimited() };
      case undefined:
        return this.fail(`unsupported wire type ${key & 7n} for field ${number}`);
    }
  }
}

/** Splits one message's bytes into its fields, in wire order. */
export function readFields(buffer: Buffer, where: string): WireField[] {
  const cursor = new Cursor(buffer, where);
  const fields: WireField[] = [];
  while (!cursor.done) fields.push(cursor.field());
  return fields;
}

/** Reads a packed repeated varint field (proto3-style encoding; accepted for robustness). */
export function readPackedVarints(buffer: Buffer, where: string): bigint[] {
  const cursor = new Cursor(buffer, where);
  const values: bigint[] = [];
  while (!cursor.done) values.push(cursor.varint());
  return values;
}
