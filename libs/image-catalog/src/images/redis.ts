import type { ImageDefinition } from '../model/image';
import type { ProgramDefinition } from '../model/program';
import { alpine, debian } from '../os/bases';
import { redisTime } from '../time/log-time';
import { DEFAULT_PATH, flagValue, MiB, ROOT_USER, tagsOn } from './common';

/** docker-entrypoint.sh: options alone ("--appendonly yes") are given to redis-server; then exec. */
const entrypoint: ProgramDefinition = {
  names: ['docker-entrypoint.sh', '/usr/local/bin/docker-entrypoint.sh'],
  run: ({ argv }) => {
    const rest = argv.slice(1);
    if (rest.length === 0) return { kind: 'exit', code: 0 };
    const first = rest[0];
    return { kind: 'exec', argv: first.startsWith('-') || first.endsWith('.conf') ? ['redis-server', ...rest] : rest };
  },
};

const server: ProgramDefinition = {
  names: ['redis-server', '/usr/local/bin/redis-server'],
  run: ({ argv, now, version }) => {
    if (argv.includes('-v') || argv.includes('--version')) {
      return {
        kind: 'exit',
        code: 0,
        stdout: [`Redis server v=${version} sha=00000000:0 malloc=jemalloc-5.3.0 bits=64 build=0`],
      };
    }
    const port = Number(flagValue(argv, '--port') ?? 6379);
    const t = redisTime(now);
    const configured = argv.slice(1).some((arg) => arg.endsWith('.conf'));
    return {
      kind: 'serve',
      ports: [{ port, protocol: 'TCP', server: { kind: 'tcp', protocolName: 'redis' } }],
      usage: { cpuMillicores: 2, memoryBytes: 3 * MiB },
      stdout: [
        `1:C ${t} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
        `1:C ${t} * Redis version=${version}, bits=64, commit=00000000, modified=0, pid=1, just started`,
        configured
          ? `1:C ${t} * Configuration loaded`
          : `1:C ${t} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
        `1:M ${t} * monotonic clock: POSIX clock_gettime`,
        `1:M ${t} * Running mode=standalone, port=${port}.`,
        `1:M ${t} * Server initialized`,
        `1:M ${t} * Ready to accept connections tcp`,
      ],
    };
  },
};

export const REDIS: ImageDefinition = {
  repositoryName: 'docker.io/library/redis',
  description: 'Redis key-value store on TCP port 6379',
  tags: {
    ...tagsOn(debian('12'), [
      ['latest', '7.4.2', 45_086_140],
      ['7', '7.4.2', 45_086_140],
      ['7.4', '7.4.2', 45_086_140],
      ['7.4.2', '7.4.2', 45_086_140],
      ['7.2', '7.2.7', 40_542_233],
      ['7.2.7', '7.2.7', 40_542_233],
      ['6', '6.2.17', 38_210_541],
      ['6.2', '6.2.17', 38_210_541],
    ]),
    ...tagsOn(alpine('3.21.3'), [
      ['alpine', '7.4.2', 17_218_736],
      ['7-alpine', '7.4.2', 17_218_736],
      ['7.4-alpine', '7.4.2', 17_218_736],
    ]),
  },
  entrypoint: ['docker-entrypoint.sh'],
  cmd: ['redis-server'],
  env: (version) => ({ PATH: DEFAULT_PATH, REDIS_VERSION: version }),
  workingDir: '/data',
  user: ROOT_USER,
  exposedPorts: [6379],
  files: () => [{ path: '/data/.keep', content: '' }],
  programs: [entrypoint, server],
};
