import type { ImageDefinition } from '../model/image';
import type { ProgramContext, ProgramDefinition, ProgramOutcome } from '../model/program';
import { alpine, debian } from '../os/bases';
import { isoSpaceTime } from '../time/log-time';
import { DEFAULT_PATH, MiB, ROOT_USER, tagsOn } from './common';

const PGDATA = '/var/lib/postgresql/data';

/** The entrypoint's refusal to initialize without a superuser password (stderr, exit 1). */
export const POSTGRES_PASSWORD_ERROR: readonly string[] = [
  'Error: Database is uninitialized and superuser password is not specified.',
  '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
  '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
  '',
  '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
  '       connections without a password. This is *not* recommended.',
  '',
  '       See PostgreSQL documentation about "trust":',
  '       https://www.postgresql.org/docs/current/auth-trust.html',
];

const initLines = (pgdata: string): string[] => [
  'The files belonging to this database system will be owned by user "postgres".',
  'This user must also own the server process.',
  '',
  'The database cluster will be initialized with locale "en_US.utf8".',
  'The default database encoding has accordingly been set to "UTF8".',
  'The default text search configuration will be set to "english".',
  '',
  'Data page checksums are disabled.',
  '',
  `fixing permissions on existing directory ${pgdata} ... ok`,
  'creating subdirectories ... ok',
  'selecting dynamic shared memory implementation ... posix',
  'selecting default "max_connections" ... 100',
  'selecting default "shared_buffers" ... 128MB',
  'selecting default time zone ... Etc/UTC',
  'creating configuration files ... ok',
  'running bootstrap script ... ok',
  'performing post-bootstrap initialization ... ok',
  'syncing data to disk ... ok',
  '',
  '',
  'Success. You can now start the database server using:',
  '',
  `    pg_ctl -D ${pgdata} -l logfile start`,
  '',
  'PostgreSQL init process complete; ready for start up.',
  '',
];

function serverLines(context: ProgramContext): string[] {
  const t = `${isoSpaceTime(context.now)} UTC`;
  return [
    `${t} [1] LOG:  starting PostgreSQL ${context.version} (Debian ${context.version}-1.pgdg120+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit`,
    `${t} [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432`,
    `${t} [1] LOG:  listening on IPv6 address "::", port 5432`,
    `${t} [1] LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"`,
    `${t} [1] LOG:  database system is ready to accept connections`,
  ];
}

function serve(context: ProgramContext, stdout: string[], pgdata: string, major: string): ProgramOutcome {
  return {
    kind: 'serve',
    ports: [{ port: 5432, protocol: 'TCP', server: { kind: 'tcp', protocolName: 'postgresql' } }],
    usage: { cpuMillicores: 3, memoryBytes: 28 * MiB },
    stdout,
    stderr: serverLines(context),
    writeFiles: [{ path: `${pgdata}/PG_VERSION`, content: `${major}\n` }],
  };
}

/** docker-entrypoint.sh postgres: initializes PGDATA once (a reused volume skips it), then runs the server. */
const entrypoint: ProgramDefinition = {
  names: ['docker-entrypoint.sh', '/usr/local/bin/docker-entrypoint.sh'],
  run: (context) => {
    const rest = context.argv.slice(1);
    if (rest.length === 0) return { kind: 'exit', code: 0 };
    const argv = rest[0].startsWith('-') ? ['postgres', ...rest] : rest;
    if (argv[0] !== 'postgres') return { kind: 'exec', argv };
    const pgdata = context.env.PGDATA || PGDATA;
    const major = context.version.split('.')[0];
    if (context.readFile(`${pgdata}/PG_VERSION`) !== undefined) {
      return serve(
        context,
        ['', 'PostgreSQL Database directory appears to contain a database; Skipping initialization', ''],
        pgdata,
        major,
      );
    }
    const password = context.env.POSTGRES_PASSWORD ?? '';
    if (password === '' && context.env.POSTGRES_HOST_AUTH_METHOD !== 'trust') {
      return { kind: 'exit', code: 1, stderr: POSTGRES_PASSWORD_ERROR };
    }
    return serve(context, initLines(pgdata), pgdata, major);
  },
};

const postgres: ProgramDefinition = {
  names: ['postgres', '/usr/lib/postgresql/17/bin/postgres'],
  run: (context) =>
    context.argv.includes('--version') || context.argv.includes('-V')
      ? {
          kind: 'exit',
          code: 0,
          stdout: [`postgres (PostgreSQL) ${context.version} (Debian ${context.version}-1.pgdg120+2)`],
        }
      : serve(context, [], context.env.PGDATA || PGDATA, context.version.split('.')[0]),
};

export const POSTGRES: ImageDefinition = {
  repositoryName: 'docker.io/library/postgres',
  description: 'PostgreSQL on TCP port 5432; needs POSTGRES_PASSWORD on first start',
  tags: {
    ...tagsOn(debian('12'), [
      ['latest', '17.4', 158_490_336],
      ['17', '17.4', 158_490_336],
      ['17.4', '17.4', 158_490_336],
      ['16', '16.8', 157_302_904],
      ['16.8', '16.8', 157_302_904],
      ['15', '15.12', 152_671_330],
      ['14', '14.17', 151_025_004],
    ]),
    ...tagsOn(alpine('3.21.3'), [
      ['alpine', '17.4', 105_317_702],
      ['17-alpine', '17.4', 105_317_702],
      ['16-alpine', '16.8', 103_224_218],
    ]),
  },
  entrypoint: ['docker-entrypoint.sh'],
  cmd: ['postgres'],
  env: (version) => {
    const major = version.split('.')[0];
    return {
      PATH: `${DEFAULT_PATH}:/usr/lib/postgresql/${major}/bin`,
      GOSU_VERSION: '1.17',
      LANG: 'en_US.utf8',
      PG_MAJOR: major,
      PG_VERSION: `${version}-1.pgdg120+2`,
      PGDATA,
    };
  },
  workingDir: '',
  user: ROOT_USER,
  stopSignal: 'SIGINT',
  exposedPorts: [5432],
  files: () => [{ path: '/docker-entrypoint-initdb.d/.keep', content: '' }],
  programs: [entrypoint, postgres],
};
