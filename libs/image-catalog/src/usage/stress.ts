import type { ResourceUsage } from '../model/image';
import { MiB } from '../images/common';

/** stress's byte sizes: B, K, M, G suffixes (powers of 1024), as its atoll_b parses them. */
export function stressBytes(text: string): number | undefined {
  const match = /^(\d+)([bBkKmMgG]?)$/.exec(text);
  if (!match) return undefined;
  const unit = { '': 1, b: 1, k: 1024, m: MiB, g: 1024 * MiB }[match[2].toLowerCase() as '' | 'b' | 'k' | 'm' | 'g'];
  return Number(match[1]) * unit;
}

/** stress's durations: s, m, h, d suffixes (seconds when bare). */
export function stressSeconds(text: string): number | undefined {
  const match = /^(\d+)([smhdy]?)$/.exec(text);
  if (!match) return undefined;
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400, y: 31_536_000 }[match[2] as '' | 's' | 'm' | 'h' | 'd' | 'y'];
  return Number(match[1]) * unit;
}

export interface StressPlan {
  cpu: number;
  io: number;
  vm: number;
  hdd: number;
  vmBytes: number;
  timeoutSeconds?: number;
  usage: ResourceUsage;
}

const option = (argv: readonly string[], long: string, short: string): string | undefined => {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === long || argv[i] === short) return argv[i + 1];
    if (argv[i].startsWith(`${long}=`)) return argv[i].slice(long.length + 1);
  }
  return undefined;
};

/**
 * What `stress` args ask for: each --cpu worker burns a core, each --vm worker holds --vm-bytes (256M by
 * default; --vm-hang keeps it allocated, which is what the memory-limit exercises rely on).
 */
export function stressPlan(argv: readonly string[]): StressPlan {
  const count = (long: string, short: string) => Number(option(argv, long, short) ?? 0) || 0;
  const cpu = count('--cpu', '-c');
  const io = count('--io', '-i');
  const vm = count('--vm', '-m');
  const hdd = count('--hdd', '-d');
  const vmBytes = stressBytes(option(argv, '--vm-bytes', '--vm-bytes') ?? '256M') ?? 256 * MiB;
  const timeout = option(argv, '--timeout', '-t');
  const timeoutSeconds = timeout === undefined ? undefined : stressSeconds(timeout);
  return {
    cpu,
    io,
    vm,
    hdd,
    vmBytes,
    ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
    usage: {
      cpuMillicores: cpu * 1000 + io * 50 + vm * 1000 + hdd * 100,
      memoryBytes: MiB + vm * vmBytes,
    },
  };
}
