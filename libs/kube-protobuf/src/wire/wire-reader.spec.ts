import { ProtobufDecodeError } from '../protobuf-decode-error';
import { bytesField, encodeVarint, fixed32Field, fixed64Field, varintField } from '../testing/wire-writer';
import { readFields, readPackedVarints } from './wire-reader';

const read = (...parts: Buffer[]) => readFields(Buffer.concat(parts), 'test');

describe('readFields', () => {
  it('reads varints of one and several bytes', () => {
    expect(read(Buffer.from([0x08, 0x01]))).toEqual([{ number: 1, wireType: 'varint', value: 1n }]);
    // 300 = 0b1_0010_1100: low 7 bits with the continuation bit, then the rest (the protobuf docs' example).
    expect(read(Buffer.from([0x10, 0xac, 0x02]))).toEqual([{ number: 2, wireType: 'varint', value: 300n }]);
  });

  it('reads 64-bit varints, as negative int32 and int64 values arrive', () => {
    expect(read(varintField(3, -1))).toEqual([{ number: 3, wireType: 'varint', value: 2n ** 64n - 1n }]);
  });

  it('reads length-delimited, fixed32 and fixed64 fields and large field numbers', () => {
    const eight = Buffer.alloc(8, 7);
    const four = Buffer.alloc(4, 9);
    expect(read(bytesField(1, 'hi'), fixed64Field(2, eight), fixed32Field(3, four), varintField(100_000, 5))).toEqual([
      { number: 1, wireType: 'bytes', value: Buffer.from('hi') },
      { number: 2, wireType: 'fixed64', value: eight },
      { number: 3, wireType: 'fixed32', value: four },
      { number: 100_000, wireType: 'varint', value: 5n },
    ]);
  });

  it('keeps repeated fields in wire order', () => {
    expect(read(bytesField(1, 'a'), bytesField(1, 'b')).map((field) => field.value)).toEqual([
      Buffer.from('a'),
      Buffer.from('b'),
    ]);
  });

  it.each([
    ['a truncated varint', Buffer.from([0x08, 0x80]), 'truncated varint'],
    ['a varint longer than 10 bytes', Buffer.from([0x08, ...Array<number>(10).fill(0xff), 0x01]), 'longer than 10'],
    ['a length past the end', Buffer.from([0x0a, 0x05, 0x61]), 'past the end'],
    ['a huge length', Buffer.concat([Buffer.from([0x0a]), encodeVarint(2n ** 62n)]), 'past the end'],
    ['field number 0', Buffer.from([0x00, 0x01]), 'invalid field number 0'],
    ['a group (wire type 3)', Buffer.from([0x0b]), 'unsupported wire type 3'],
    ['wire type 7', Buffer.from([0x0f]), 'unsupported wire type 7'],
    ['a truncated fixed64', Buffer.from([0x09, 0x01]), 'past the end'],
  ])('rejects %s', (_case, bytes, message) => {
    expect(() => readFields(bytes, 'spec.template')).toThrow(ProtobufDecodeError);
    expect(() => readFields(bytes, 'spec.template')).toThrow(message);
    expect(() => readFields(bytes, 'spec.template')).toThrow(/in spec\.template at byte \d+/);
  });
});

describe('readPackedVarints', () => {
  it('reads consecutive varints', () => {
    expect(readPackedVarints(Buffer.concat([encodeVarint(1), encodeVarint(300), encodeVarint(-2)]), 'x')).toEqual([
      1n,
      300n,
      2n ** 64n - 2n,
    ]);
  });

  it('rejects a truncated one', () => {
    expect(() => readPackedVarints(Buffer.from([0x96]), 'x')).toThrow('truncated varint');
  });
});
