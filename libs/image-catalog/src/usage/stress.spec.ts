import { MiB } from '../images/common';
import { stressBytes, stressPlan, stressSeconds } from './stress';

describe('stress usage', () => {
  it('parses sizes and durations as stress does', () => {
    expect(stressBytes('150M')).toBe(150 * MiB);
    expect(stressBytes('1G')).toBe(1024 * MiB);
    expect(stressBytes('512k')).toBe(512 * 1024);
    expect(stressBytes('100')).toBe(100);
    expect(stressBytes('1.5G')).toBeUndefined();
    expect(stressSeconds('10s')).toBe(10);
    expect(stressSeconds('2m')).toBe(120);
    expect(stressSeconds('30')).toBe(30);
  });

  it('derives memory from the memory-limit task args', () => {
    const plan = stressPlan(['stress', '--vm', '1', '--vm-bytes', '150M', '--vm-hang', '1']);
    expect(plan.vm).toBe(1);
    expect(plan.usage.memoryBytes).toBe(151 * MiB);
    expect(plan.timeoutSeconds).toBeUndefined();
  });

  it('derives CPU from --cpu and defaults --vm-bytes to 256M', () => {
    expect(stressPlan(['--cpu', '2']).usage.cpuMillicores).toBe(2000);
    expect(stressPlan(['--vm', '2']).usage.memoryBytes).toBe(MiB + 2 * 256 * MiB);
    expect(stressPlan(['-c', '1', '--timeout', '10s']).timeoutSeconds).toBe(10);
    expect(stressPlan(['--vm', '1', '--vm-bytes=50M']).vmBytes).toBe(50 * MiB);
  });
});
