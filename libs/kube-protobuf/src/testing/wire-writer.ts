/** Protobuf wire encoding, for tests that build bodies the way Go's generated marshallers do. */
const varint = (value: bigint | number): Buffer => {
  // Negative numbers are written as their 64-bit two's complement (10 bytes), as Go does for int32 and int64.
  let rest = BigInt.asUintN(64, BigInt(value));
  const bytes: number[] = [];
  do {
    const low = Number(rest & 0x7fn);
    rest >>= 7n;
    bytes.push(rest > 0n ? low | 0x80 : low);
  } while (rest > 0n);
  return Buffer.from(bytes);
};

export const encodeVarint = varint;

export const varintField = (number: number, value: bigint | number): Buffer =>
  Buffer.concat([varint(number * 8), varint(value)]);

export const bytesField = (number: number, value: Buffer | string): Buffer => {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
  return Buffer.concat([varint(number * 8 + 2), varint(bytes.length), bytes]);
};

export const fixed32Field = (number: number, value: Buffer): Buffer => Buffer.concat([varint(number * 8 + 5), value]);

export const fixed64Field = (number: number, value: Buffer): Buffer => Buffer.concat([varint(number * 8 + 1), value]);
