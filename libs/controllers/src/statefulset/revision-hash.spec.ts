import { fnv32, goJson, hashRevision, safeEncode } from './revision-hash';

describe('revision hashing', () => {
  it('is FNV-1 32 (multiply then xor), as hash/fnv.New32', () => {
    expect(fnv32(Buffer.from(''))).toBe(0x811c9dc5);
    expect(fnv32(Buffer.from('a'))).toBe(0x050c5d7e);
    expect(fnv32(Buffer.from('foobar'))).toBe(0x31f0b262);
    expect(fnv32(Buffer.from('foo'), Buffer.from('bar'))).toBe(0x31f0b262);
  });

  it('spells digits in the safe alphabet', () => {
    expect(safeEncode('0123456789')).toBe('456789bcdf');
  });

  it('hashes the data then the collision count', () => {
    const data = '{"spec":{}}';
    expect(hashRevision(data, 0)).toBe(safeEncode(String(fnv32(Buffer.from(data), Buffer.from('0')))));
    expect(hashRevision(data, 1)).not.toBe(hashRevision(data, 0));
  });

  it('encodes JSON as json.Marshal does: sorted keys, escaped HTML characters', () => {
    expect(goJson({ b: 1, a: { d: [true, null], c: '<x&y>' } })).toBe(
      '{"a":{"c":"\\u003cx\\u0026y\\u003e","d":[true,null]},"b":1}',
    );
  });
});
