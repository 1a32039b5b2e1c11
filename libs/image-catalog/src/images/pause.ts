import type { ImageDefinition } from '../model/image';
import { SCRATCH } from '../os/bases';
import { KiB, tagsOn } from './common';

/** The pod sandbox's infrastructure container: sleeps until killed, serves nothing, has no shell. */
export const PAUSE: ImageDefinition = {
  repositoryName: 'registry.k8s.io/pause',
  description: 'Kubernetes pod sandbox (infra) container',
  tags: tagsOn(SCRATCH, [
    ['3.10', '3.10', 320_368],
    ['3.9', '3.9', 321_520],
    ['3.8', '3.8', 311_286],
    ['latest', '3.10', 320_368],
  ]),
  entrypoint: ['/pause'],
  cmd: [],
  env: () => ({ PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' }),
  workingDir: '',
  user: { uid: 65535, gid: 65535, name: '65535', home: '/' },
  exposedPorts: [],
  files: () => [],
  programs: [
    {
      names: ['/pause', 'pause'],
      run: ({ argv }) =>
        argv.includes('-v')
          ? { kind: 'exit', code: 0, stdout: ['pause.c v3.10'] }
          : { kind: 'serve', ports: [], usage: { cpuMillicores: 0, memoryBytes: 300 * KiB } },
    },
  ],
};
