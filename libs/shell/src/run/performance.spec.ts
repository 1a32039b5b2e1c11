import { harness, sh } from '../testing/harness';

describe('performance (sanity, not a benchmark)', () => {
  it('runs a thousand-iteration loop writing files quickly', () => {
    const h = harness();
    const started = performance.now();
    const result = sh('for i in $(seq 1000); do echo $i > /tmp/x; done; cat /tmp/x', { h });
    expect(result.stdout).toBe('1000\n');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
