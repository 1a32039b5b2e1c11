import { allocatePodIps } from './pod-ip';

describe('allocatePodIps', () => {
  it('starts at .2 and skips addresses in use', () => {
    const result = allocatePodIps('10.244.1.0/24', 0, new Set(['10.244.1.3']), 2);
    expect(result).toEqual({ ips: ['10.244.1.2', '10.244.1.4'], nextOffset: 5 });
  });

  it('does not hand a freed address out again at once: it continues from the cursor', () => {
    // .2 was used and freed; the cursor is at 3
    expect(allocatePodIps('10.244.1.0/24', 3, new Set(), 1).ips).toEqual(['10.244.1.3']);
  });

  it('wraps around and returns fewer when the range is full', () => {
    const inUse = new Set(Array.from({ length: 252 }, (_, i) => `10.244.2.${i + 2}`));
    const result = allocatePodIps('10.244.2.0/24', 254, inUse, 3);
    expect(result.ips).toEqual(['10.244.2.254']);
  });
});
