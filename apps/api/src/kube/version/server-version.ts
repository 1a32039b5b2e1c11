import { KUBERNETES_VERSION } from '@ksb/sandboxes';

/**
 * What /version reports. kubectl on these machines is a dispatcher that runs the kubectl binary whose
 * minor version matches `minor`, so this must say 32. Build facts are those of the upstream release.
 */
export const SERVER_VERSION = {
  major: '1',
  minor: '32',
  gitVersion: KUBERNETES_VERSION,
  gitCommit: '67a30c0adcf52bd3f56ff0893ce19966be12991f',
  gitTreeState: 'clean',
  buildDate: '2025-02-12T21:19:47Z',
  goVersion: 'go1.23.6',
  compiler: 'gc',
  platform: 'linux/amd64',
} as const;
