import type { ImageDefinition } from '../model/image';
import type { ProgramContext, ProgramDefinition, ProgramOutcome } from '../model/program';
import { ORACLE_LINUX_9 } from '../os/bases';
import { isoSpaceTime, mysqlTime } from '../time/log-time';
import { DEFAULT_PATH, MiB, ROOT_USER, tagsOn } from './common';

const DATADIR = '/var/lib/mysql';
const pkg = (version: string) => `${version}-1.el9`;

function serve(context: ProgramContext, notes: string[]): ProgramOutcome {
  const t = mysqlTime(context.now);
  return {
    kind: 'serve',
    ports: [
      { port: 3306, protocol: 'TCP', server: { kind: 'tcp', protocolName: 'mysql' } },
      { port: 33060, protocol: 'TCP', server: { kind: 'tcp', protocolName: 'mysql' } },
    ],
    usage: { cpuMillicores: 5, memoryBytes: 360 * MiB },
    stdout: notes,
    stderr: [
      `${t} 0 [System] [MY-015015] [Server] MySQL Server - start.`,
      `${t} 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld ${context.version}) starting as process 1`,
      `${t} 1 [System] [MY-013576] [InnoDB] InnoDB initialization has started.`,
      `${t} 1 [System] [MY-013577] [InnoDB] InnoDB initialization has ended.`,
      `${t} 0 [System] [MY-011323] [Server] X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock`,
      `${t} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '${context.version}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.`,
    ],
    writeFiles: [{ path: `${DATADIR}/mysql.ibd`, content: '' }],
  };
}

/** docker-entrypoint.sh mysqld: refuses an uninitialized datadir without a password option. */
const entrypoint: ProgramDefinition = {
  names: ['docker-entrypoint.sh', '/usr/local/bin/docker-entrypoint.sh'],
  run: (context) => {
    const rest = context.argv.slice(1);
    if (rest.length === 0) return { kind: 'exit', code: 0 };
    const argv = rest[0].startsWith('-') ? ['mysqld', ...rest] : rest;
    if (argv[0] !== 'mysqld') return { kind: 'exec', argv };
    const t = `${isoSpaceTime(context.now, false)}+00:00`;
    const started = `${t} [Note] [Entrypoint]: Entrypoint script for MySQL Server ${pkg(context.version)} started.`;
    const notes = [started, `${t} [Note] [Entrypoint]: Switching to dedicated user 'mysql'`, started];
    if (context.readFile(`${DATADIR}/mysql.ibd`) !== undefined) return serve(context, notes);
    const env = context.env;
    if (!env.MYSQL_ROOT_PASSWORD && !env.MYSQL_ALLOW_EMPTY_PASSWORD && !env.MYSQL_RANDOM_ROOT_PASSWORD) {
      return {
        kind: 'exit',
        code: 1,
        stdout: notes,
        stderr: [
          `${t} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified`,
          '    You need to specify one of the following as an environment variable:',
          '    - MYSQL_ROOT_PASSWORD',
          '    - MYSQL_ALLOW_EMPTY_PASSWORD',
          '    - MYSQL_RANDOM_ROOT_PASSWORD',
        ],
      };
    }
    return serve(context, [
      ...notes,
      `${t} [Note] [Entrypoint]: Initializing database files`,
      `${t} [Note] [Entrypoint]: Database files initialized`,
      `${t} [Note] [Entrypoint]: MySQL init process done. Ready for start up.`,
    ]);
  },
};

const mysqld: ProgramDefinition = {
  names: ['mysqld', '/usr/sbin/mysqld'],
  run: (context) =>
    context.argv.includes('--version')
      ? {
          kind: 'exit',
          code: 0,
          stdout: [`/usr/sbin/mysqld  Ver ${context.version} for Linux on x86_64 (MySQL Community Server - GPL)`],
        }
      : serve(context, []),
};

export const MYSQL: ImageDefinition = {
  repositoryName: 'docker.io/library/mysql',
  description: 'MySQL on TCP port 3306; needs MYSQL_ROOT_PASSWORD (or an alternative) on first start',
  tags: tagsOn(ORACLE_LINUX_9, [
    ['latest', '9.2.0', 172_412_305],
    ['9', '9.2.0', 172_412_305],
    ['9.2', '9.2.0', 172_412_305],
    ['lts', '8.4.4', 165_530_912],
    ['8', '8.4.4', 165_530_912],
    ['8.4', '8.4.4', 165_530_912],
    ['8.4.4', '8.4.4', 165_530_912],
    ['8.0', '8.0.41', 168_802_163],
    ['8.0.41', '8.0.41', 168_802_163],
  ]),
  entrypoint: ['docker-entrypoint.sh'],
  cmd: ['mysqld'],
  env: (version) => ({
    PATH: DEFAULT_PATH,
    GOSU_VERSION: '1.17',
    MYSQL_MAJOR: version.split('.').slice(0, 2).join('.'),
    MYSQL_VERSION: pkg(version),
    MYSQL_SHELL_VERSION: pkg(version),
  }),
  workingDir: '',
  user: ROOT_USER,
  exposedPorts: [3306, 33060],
  files: () => [
    {
      path: '/etc/my.cnf',
      content:
        '[mysqld]\nskip-host-cache\nskip-name-resolve\ndatadir=/var/lib/mysql\nsocket=/var/run/mysqld/mysqld.sock\n',
    },
  ],
  programs: [entrypoint, mysqld],
};
