import type { ImageDefinition } from '../../model/image';
import type { ProgramContext, ProgramDefinition, ProgramOutcome } from '../../model/program';
import type { ServedPort } from '../../model/serving';
import { alpine, debian } from '../../os/bases';
import { slashTime } from '../../time/log-time';
import { DEFAULT_PATH, MiB, ROOT_USER, tagsOn, versionAtLeast } from '../common';
import { NGINX_DEFAULT_CONF, nginxFiles } from './nginx-files';

const BOOKWORM = debian('12');
const ALPINE = alpine('3.21.3');

/** Ports and document root from the server blocks of conf.d/default.conf (a ConfigMap may replace it). */
export function nginxServers(defaultConf: string, version: string): ServedPort[] {
  const root = /^\s*root\s+([^;\s]+);/m.exec(defaultConf)?.[1] ?? '/usr/share/nginx/html';
  const ports = [...defaultConf.matchAll(/^\s*listen\s+(?:[\d.]+:)?(\d+)[^;]*;/gm)].map((m) => Number(m[1]));
  return [...new Set(ports)].map((port) => ({
    port,
    protocol: 'TCP' as const,
    server: {
      kind: 'static-files',
      software: 'nginx',
      version,
      root,
      index: ['index.html', 'index.htm'],
      accessLog: 'nginx',
    },
  }));
}

const ENTRYPOINT_LINES = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
];

/** /docker-entrypoint.sh: configures when asked to run nginx, then `exec "$@"`. */
const entrypoint: ProgramDefinition = {
  names: ['/docker-entrypoint.sh', 'docker-entrypoint.sh'],
  run: ({ argv, env }) => {
    const rest = argv.slice(1);
    const quiet = (env.NGINX_ENTRYPOINT_QUIET_LOGS ?? '') !== '';
    const configures = rest[0] === 'nginx' || rest[0] === 'nginx-debug';
    if (rest.length === 0) return { kind: 'exit', code: 0 };
    return { kind: 'exec', argv: rest, stdout: configures && !quiet ? ENTRYPOINT_LINES : [] };
  },
};

function nginxMain(context: ProgramContext): ProgramOutcome {
  const { argv, version, now } = context;
  if (argv.includes('-v')) return { kind: 'exit', code: 0, stderr: [`nginx version: nginx/${version}`] };
  if (argv.includes('-t')) {
    return {
      kind: 'exit',
      code: 0,
      stderr: [
        'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok',
        'nginx: configuration file /etc/nginx/nginx.conf test is successful',
      ],
    };
  }
  // Without "daemon off;" nginx forks into the background and the container's main process ends.
  const foreground = argv.some((arg) => /daemon\s+off\s*;/.test(arg));
  if (!foreground) return { kind: 'exit', code: 0 };
  const t = slashTime(now);
  const gcc = context.readFile('/etc/alpine-release') ? 'gcc 14.2.0 (Alpine 14.2.0)' : 'gcc 12.2.0 (Debian 12.2.0-14)';
  const notice = (text: string) => `${t} [notice] 1#1: ${text}`;
  return {
    kind: 'serve',
    ports: nginxServers(context.readFile('/etc/nginx/conf.d/default.conf') ?? NGINX_DEFAULT_CONF, version),
    usage: { cpuMillicores: 1, memoryBytes: 4 * MiB },
    stderr: [
      notice('using the "epoll" event method'),
      notice(`nginx/${version}`),
      notice(`built by ${gcc} `),
      notice('OS: Linux 6.8.0-sandbox'),
      notice('getrlimit(RLIMIT_NOFILE): 1048576:1048576'),
      notice('start worker processes'),
      notice('start worker process 29'),
      notice('start worker process 30'),
    ],
  };
}

export const NGINX: ImageDefinition = {
  repositoryName: 'docker.io/library/nginx',
  description: 'nginx web server: serves /usr/share/nginx/html on port 80',
  tags: {
    ...tagsOn(BOOKWORM, [
      ['latest', '1.27.5', 72_099_410],
      ['mainline', '1.27.5', 72_099_410],
      ['1', '1.27.5', 72_099_410],
      ['1.27', '1.27.5', 72_099_410],
      ['1.27.5', '1.27.5', 72_099_410],
      ['1.27.4', '1.27.4', 72_188_133],
      ['1.27.3', '1.27.3', 72_950_530],
      ['stable', '1.26.3', 71_010_466],
      ['1.26', '1.26.3', 71_010_466],
      ['1.26.3', '1.26.3', 71_010_466],
      ['1.25', '1.25.5', 71_003_964],
      ['1.25.5', '1.25.5', 71_003_964],
      ['1.25.3', '1.25.3', 70_544_635],
    ]),
    ...tagsOn(debian('11'), [
      ['1.21', '1.21.6', 56_746_739],
      ['1.21.6', '1.21.6', 56_746_739],
      ['1.20', '1.20.2', 54_185_930],
    ]),
    // The Kubernetes docs' Deployment and rolling-update examples.
    '1.16.1': { version: '1.16.1', sizeBytes: 51_030_575, base: debian('10'), entrypoint: [] },
    '1.14.2': { version: '1.14.2', sizeBytes: 44_710_204, base: debian('9'), entrypoint: [] },
    ...tagsOn(ALPINE, [
      ['alpine', '1.27.5', 20_473_186],
      ['1.27-alpine', '1.27.5', 20_473_186],
      ['1.27.5-alpine', '1.27.5', 20_473_186],
      ['stable-alpine', '1.26.3', 20_198_427],
    ]),
  },
  entrypoint: ['/docker-entrypoint.sh'],
  cmd: ['nginx', '-g', 'daemon off;'],
  env: (version) => ({
    PATH: DEFAULT_PATH,
    NGINX_VERSION: version,
    ...(versionAtLeast(version, '1.19') ? { NJS_VERSION: '0.8.10', NJS_RELEASE: '1~bookworm' } : {}),
    PKG_RELEASE: '1~bookworm',
  }),
  workingDir: '',
  user: ROOT_USER,
  stopSignal: 'SIGQUIT',
  exposedPorts: [80],
  files: (version) => nginxFiles(versionAtLeast(version, '1.19')),
  programs: [entrypoint, { names: ['nginx', 'nginx-debug', '/usr/sbin/nginx'], run: nginxMain }],
  extraCommands: ['curl'],
};
