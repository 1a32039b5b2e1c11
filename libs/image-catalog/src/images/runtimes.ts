import type { ImageDefinition } from '../model/image';
import type { ProgramDefinition, ProgramOutcome } from '../model/program';
import { alpine, debian } from '../os/bases';
import { DEFAULT_PATH, MiB, ROOT_USER, tagsOn } from './common';

/** The language images' full variants add these tools to Debian's. */
const BUILDPACK_TOOLS = ['curl', 'ps'];

const resolvePath = (cwd: string, file: string) => (file.startsWith('/') ? file : `${cwd === '/' ? '' : cwd}/${file}`);

/** A script that exists keeps running (we cannot execute it): idle, no ports. */
const running = (memoryBytes: number): ProgramOutcome => ({
  kind: 'serve',
  ports: [],
  usage: { cpuMillicores: 1, memoryBytes },
});

const dockerEntrypoint = (interpreter: string): ProgramDefinition => ({
  names: ['docker-entrypoint.sh', '/usr/local/bin/docker-entrypoint.sh'],
  // "docker-entrypoint.sh -e ..." runs node with the options; anything else is exec'd.
  run: ({ argv }) =>
    argv.length === 1
      ? { kind: 'exit', code: 0 }
      : { kind: 'exec', argv: argv[1].startsWith('-') ? [interpreter, ...argv.slice(1)] : argv.slice(1) },
});

const node: ProgramDefinition = {
  names: ['node', 'nodejs', '/usr/local/bin/node'],
  run: ({ argv, version, cwd, readFile }) => {
    const args = argv.slice(1);
    if (args[0] === '-v' || args[0] === '--version') return { kind: 'exit', code: 0, stdout: [`v${version}`] };
    const script = args.find((arg) => !arg.startsWith('-'));
    if (args.length === 0 || args[0] === '-e' || args[0] === '-p' || script === undefined)
      return { kind: 'exit', code: 0 };
    const path = resolvePath(cwd, script);
    if (readFile(path) !== undefined) return running(40 * MiB);
    return {
      kind: 'exit',
      code: 1,
      stderr: [
        'node:internal/modules/cjs/loader:1228',
        '  throw err;',
        '  ^',
        '',
        `Error: Cannot find module '${path}'`,
        '    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)',
        '    at node:internal/main/run_main_module:28:49 {',
        "  code: 'MODULE_NOT_FOUND',",
        '  requireStack: []',
        '}',
        '',
        `Node.js v${version}`,
      ],
    };
  },
};

const python: ProgramDefinition = {
  names: ['python', 'python3', '/usr/local/bin/python', '/usr/local/bin/python3'],
  run: ({ argv, version, cwd, readFile }) => {
    const args = argv.slice(1);
    if (args[0] === '--version' || args[0] === '-V') return { kind: 'exit', code: 0, stdout: [`Python ${version}`] };
    if (args[0] === '-m' && args[1] === 'http.server') {
      const port = Number(args.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 8000);
      return {
        kind: 'serve',
        ports: [
          {
            port,
            protocol: 'TCP',
            server: {
              kind: 'static-files',
              software: 'python',
              version,
              root: cwd,
              index: ['index.html', 'index.htm'],
              accessLog: 'python',
            },
          },
        ],
        usage: { cpuMillicores: 1, memoryBytes: 18 * MiB },
        stdout: [`Serving HTTP on 0.0.0.0 port ${port} (http://0.0.0.0:${port}/) ...`],
      };
    }
    if (args[0] === '-c') {
      // Only print('text') is understood; other code runs silently.
      const printed = /^\s*print\((['"])(.*)\1\)\s*$/.exec(args[1] ?? '');
      return { kind: 'exit', code: 0, stdout: printed ? [printed[2]] : [] };
    }
    const script = args.find((arg) => !arg.startsWith('-'));
    if (script === undefined) return { kind: 'exit', code: 0 };
    const path = resolvePath(cwd, script);
    if (readFile(path) !== undefined) return running(12 * MiB);
    return {
      kind: 'exit',
      code: 2,
      stderr: [`${argv[0].split('/').pop()}: can't open file '${path}': [Errno 2] No such file or directory`],
    };
  },
};

export const NODE: ImageDefinition = {
  repositoryName: 'docker.io/library/node',
  description: 'Node.js runtime; `node` without a terminal exits at once',
  tags: {
    ...tagsOn(debian('12'), [
      ['latest', '23.11.0', 401_230_712],
      ['23', '23.11.0', 401_230_712],
      ['lts', '22.14.0', 399_185_426],
      ['22', '22.14.0', 399_185_426],
      ['22.14.0', '22.14.0', 399_185_426],
      ['20', '20.19.0', 395_310_118],
      ['18', '18.20.8', 387_051_274],
      ['22-slim', '22.14.0', 76_620_340],
    ]),
    ...tagsOn(alpine('3.21.3'), [
      ['alpine', '23.11.0', 56_907_021],
      ['22-alpine', '22.14.0', 55_312_114],
      ['20-alpine', '20.19.0', 43_113_880],
    ]),
  },
  entrypoint: ['docker-entrypoint.sh'],
  cmd: ['node'],
  env: (version) => ({ PATH: DEFAULT_PATH, NODE_VERSION: version, YARN_VERSION: '1.22.22' }),
  workingDir: '',
  user: ROOT_USER,
  exposedPorts: [],
  files: () => [{ path: '/home/node/.keep', content: '', uid: 1000, gid: 1000 }],
  programs: [dockerEntrypoint('node'), node],
  extraCommands: BUILDPACK_TOOLS,
};

export const PYTHON: ImageDefinition = {
  repositoryName: 'docker.io/library/python',
  description:
    'Python runtime; `python3` without a terminal exits at once; -m http.server serves the working directory',
  tags: {
    ...tagsOn(debian('12'), [
      ['latest', '3.13.3', 376_307_190],
      ['3', '3.13.3', 376_307_190],
      ['3.13', '3.13.3', 376_307_190],
      ['3.12', '3.12.10', 375_920_664],
      ['3.11', '3.11.12', 372_840_009],
      ['3.13-slim', '3.13.3', 43_218_437],
      ['slim', '3.13.3', 43_218_437],
    ]),
    ...tagsOn(alpine('3.21.3'), [
      ['alpine', '3.13.3', 17_620_413],
      ['3.13-alpine', '3.13.3', 17_620_413],
    ]),
  },
  entrypoint: [],
  cmd: ['python3'],
  env: (version) => ({ PATH: `/usr/local/bin:${DEFAULT_PATH}`, LANG: 'C.UTF-8', PYTHON_VERSION: version }),
  workingDir: '',
  user: ROOT_USER,
  exposedPorts: [],
  files: () => [],
  programs: [python],
  extraCommands: BUILDPACK_TOOLS,
};
