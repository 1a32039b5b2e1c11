import type { SeedDirectory } from './tree';

/** Directories every container has, whatever its image ships (as the runtime and base images lay them out). */
export const SKELETON: readonly SeedDirectory[] = [
  { path: '/bin' },
  { path: '/dev' },
  { path: '/etc' },
  { path: '/home' },
  { path: '/proc', mode: 0o555 },
  { path: '/root', mode: 0o700 },
  { path: '/run' },
  { path: '/sbin' },
  { path: '/sys', mode: 0o555 },
  { path: '/tmp', mode: 0o1777 },
  { path: '/usr/bin' },
  { path: '/usr/local/bin' },
  { path: '/var/log' },
  { path: '/var/tmp', mode: 0o1777 },
];
