import type { ImageDefinition } from '../model/image';
import type { ProgramDefinition } from '../model/program';
import { alpine, ubuntu } from '../os/bases';
import { stressPlan } from '../usage/stress';
import { DEFAULT_PATH, ROOT_USER, tagsOn } from './common';

/** stress: dispatches its hogs and runs until --timeout (or forever), using what its args ask for. */
const stress: ProgramDefinition = {
  names: ['stress', '/usr/bin/stress', '/usr/local/bin/stress'],
  run: ({ argv }) => {
    const plan = stressPlan(argv);
    if (plan.cpu + plan.io + plan.vm + plan.hdd === 0) {
      return {
        kind: 'exit',
        code: 1,
        stdout: [
          "`stress' imposes certain types of compute stress on your system",
          '',
          'Usage: stress [OPTION [ARG]] ...',
        ],
      };
    }
    const verbose = argv.includes('--verbose') || argv.includes('-v');
    const stdout = [
      `stress: info: [1] dispatching hogs: ${plan.cpu} cpu, ${plan.io} io, ${plan.vm} vm, ${plan.hdd} hdd`,
    ];
    if (verbose) {
      stdout.push('stress: dbug: [1] using backoff sleep of 3000us');
      for (let i = 0; i < plan.vm; i++)
        stdout.push(`stress: dbug: [1] --> hogvm worker ${plan.vm - i} [${7 + i}] forked`);
      for (let i = 0; i < plan.vm; i++) stdout.push(`stress: dbug: [${7 + i}] allocating ${plan.vmBytes} bytes ...`);
    }
    return {
      kind: 'serve',
      ports: [],
      usage: plan.usage,
      stdout,
      ...(plan.timeoutSeconds !== undefined
        ? {
            exitAfterMs: plan.timeoutSeconds * 1000,
            exitCode: 0,
            exitStdout: [`stress: info: [1] successful run completed in ${plan.timeoutSeconds}s`],
          }
        : {}),
    };
  },
};

/** polinux/stress: the image the Kubernetes memory-limit task uses (`command: ["stress"]`). */
export const POLINUX_STRESS: ImageDefinition = {
  repositoryName: 'docker.io/polinux/stress',
  description: 'stress(1) on Alpine: CPU and memory load from its args',
  tags: tagsOn(alpine('3.21.3'), [
    ['latest', '1.0.4', 4_045_320],
    ['1.0.4', '1.0.4', 4_045_320],
  ]),
  entrypoint: [],
  cmd: ['stress'],
  env: () => ({ PATH: DEFAULT_PATH }),
  workingDir: '',
  user: ROOT_USER,
  exposedPorts: [],
  files: () => [],
  programs: [stress],
};

/** progrium/stress: older and common in tutorials; its entrypoint is stress --verbose. */
export const PROGRIUM_STRESS: ImageDefinition = {
  repositoryName: 'docker.io/progrium/stress',
  description: 'stress(1) on Ubuntu with ENTRYPOINT ["/usr/bin/stress", "--verbose"]',
  tags: tagsOn(ubuntu('22.04'), [['latest', '1.0.1', 104_187_425]]),
  entrypoint: ['/usr/bin/stress', '--verbose'],
  cmd: [],
  env: () => ({ PATH: DEFAULT_PATH }),
  workingDir: '',
  user: ROOT_USER,
  exposedPorts: [],
  files: () => [],
  programs: [stress],
};
