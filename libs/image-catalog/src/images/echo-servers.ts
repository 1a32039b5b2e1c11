import type { ImageDefinition } from '../model/image';
import type { ProgramDefinition } from '../model/program';
import { alpine, SCRATCH } from '../os/bases';
import { slashTime } from '../time/log-time';
import { DEFAULT_PATH, flagValue, MiB, ROOT_USER, tagsOn, versionAtLeast } from './common';

const listenPort = (listen: string | undefined, fallback: number): number => {
  const port = Number((listen ?? '').split(':').pop());
  return Number.isInteger(port) && port > 0 ? port : fallback;
};

/**
 * hashicorp/http-echo: answers every request with its -text (the chosen echo server: widely used in
 * ingress tutorials; `-text=$(POD_NAME)` with the downward API makes it answer with its pod's name).
 */
const httpEcho: ProgramDefinition = {
  names: ['/http-echo', 'http-echo'],
  run: ({ argv, env, now, version }) => {
    const text = flagValue(argv, '-text', '--text') ?? (versionAtLeast(version, '1.0') ? env.ECHO_TEXT : undefined);
    if (!text) return { kind: 'exit', code: 127, stderr: ['Missing -text option!'] };
    const listen = flagValue(argv, '-listen', '--listen') ?? ':5678';
    const port = listenPort(listen, 5678);
    const line = versionAtLeast(version, '1.0')
      ? `[INFO] server is listening on ${listen}`
      : `Server is listening on ${listen}`;
    return {
      kind: 'serve',
      ports: [{ port, protocol: 'TCP', server: { kind: 'text', body: `${text}\n`, accessLog: 'http-echo' } }],
      usage: { cpuMillicores: 1, memoryBytes: 2 * MiB },
      stderr: [`${slashTime(now)} ${line}`],
    };
  },
};

export const HTTP_ECHO: ImageDefinition = {
  repositoryName: 'docker.io/hashicorp/http-echo',
  description: 'A tiny Go web server answering every request with its -text (port 5678)',
  tags: tagsOn(SCRATCH, [
    ['latest', '1.0.0', 4_390_016],
    ['1.0', '1.0.0', 4_390_016],
    ['1.0.0', '1.0.0', 4_390_016],
    ['0.2.3', '0.2.3', 2_620_462],
  ]),
  entrypoint: ['/http-echo'],
  cmd: [],
  env: () => ({ PATH: DEFAULT_PATH }),
  workingDir: '',
  user: ROOT_USER,
  exposedPorts: [5678],
  files: () => [],
  programs: [httpEcho],
};

/** nginxdemos/hello: nginx answering with the server's address and name (the pod's IP and name). */
export const NGINX_HELLO: ImageDefinition = {
  repositoryName: 'docker.io/nginxdemos/hello',
  description: "nginx page naming the serving pod's address and name (plain-text tag for curl)",
  tags: tagsOn(alpine('3.21.3'), [
    ['latest', '0.4', 10_381_455],
    ['0.4', '0.4', 10_381_455],
    ['plain-text', '0.4-plain-text', 10_376_003],
    ['0.4-plain-text', '0.4-plain-text', 10_376_003],
  ]),
  entrypoint: ['/docker-entrypoint.sh'],
  cmd: ['nginx', '-g', 'daemon off;'],
  env: () => ({ PATH: DEFAULT_PATH, NGINX_VERSION: '1.27.4' }),
  workingDir: '',
  user: ROOT_USER,
  stopSignal: 'SIGQUIT',
  exposedPorts: [80],
  files: () => [],
  programs: [
    {
      names: ['/docker-entrypoint.sh', 'docker-entrypoint.sh'],
      run: ({ argv }) => ({ kind: 'exec', argv: argv.slice(1) }),
    },
    {
      names: ['nginx', '/usr/sbin/nginx'],
      run: ({ argv, version }) =>
        argv.some((arg) => /daemon\s+off/.test(arg))
          ? {
              kind: 'serve',
              ports: [
                {
                  port: 80,
                  protocol: 'TCP',
                  server: { kind: 'hello', html: !version.endsWith('plain-text'), accessLog: 'nginx' },
                },
              ],
              usage: { cpuMillicores: 1, memoryBytes: 3 * MiB },
            }
          : { kind: 'exit', code: 0 },
    },
  ],
};

/** agnhost: the Kubernetes e2e test image; netexec and serve-hostname are its servers learners meet. */
const agnhost: ProgramDefinition = {
  names: ['/agnhost', 'agnhost'],
  run: ({ argv }) => {
    const sub = argv[1];
    if (sub === 'netexec') {
      const port = Number(flagValue(argv, '--http-port') ?? 8080);
      return {
        kind: 'serve',
        ports: [{ port, protocol: 'TCP', server: { kind: 'netexec', accessLog: 'none' } }],
        usage: { cpuMillicores: 1, memoryBytes: 8 * MiB },
        stderr: [`I0101 00:00:00.000000       1 log.go:245] Started HTTP server on port ${port}`],
      };
    }
    if (sub === 'serve-hostname') {
      const port = Number(flagValue(argv, '--port') ?? 9376);
      return {
        kind: 'serve',
        ports: [{ port, protocol: 'TCP', server: { kind: 'serve-hostname', accessLog: 'none' } }],
        usage: { cpuMillicores: 1, memoryBytes: 6 * MiB },
        stdout: [`Serving on port ${port}.`],
      };
    }
    if (sub === 'pause') return { kind: 'serve', ports: [], usage: { cpuMillicores: 0, memoryBytes: MiB } };
    return {
      kind: 'exit',
      code: sub === undefined ? 0 : 1,
      stderr:
        sub === undefined
          ? ['Usage:', '  app [command]']
          : [`Error: unknown command "${sub}" for "app"`, "Run 'app --help' for usage."],
    };
  },
};

export const AGNHOST: ImageDefinition = {
  repositoryName: 'registry.k8s.io/e2e-test-images/agnhost',
  description: 'Kubernetes e2e test image: `netexec` (HTTP /hostname, /echo, /clientip) and `serve-hostname`',
  tags: tagsOn(alpine('3.21.3'), [
    ['2.53', '2.53', 48_651_902],
    ['2.52', '2.52', 48_202_760],
    ['2.39', '2.39', 51_034_337],
  ]),
  entrypoint: ['/agnhost'],
  cmd: [],
  env: () => ({ PATH: DEFAULT_PATH }),
  workingDir: '',
  user: ROOT_USER,
  exposedPorts: [80, 8080, 8081],
  files: () => [],
  programs: [agnhost],
  extraCommands: ['curl'],
};
