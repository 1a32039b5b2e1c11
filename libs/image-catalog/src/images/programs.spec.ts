import { findProgram, resolveImage, type ResolvedImage } from '../catalog';
import type { ProgramContext, ProgramOutcome } from '../model/program';
import { POSTGRES_PASSWORD_ERROR } from './postgres';

const NOW = Date.UTC(2026, 10, 25, 2, 56, 0);

const image = (given: string): ResolvedImage => {
  const lookup = resolveImage(given);
  if (lookup.kind !== 'found') throw new Error(given);
  return lookup.image;
};

function run(
  given: string,
  argv: string[],
  env: Record<string, string> = {},
  files: Record<string, string> = {},
): ProgramOutcome {
  const img = image(given);
  const program = findProgram(img, argv[0]);
  if (!program) throw new Error(`no program ${argv[0]}`);
  const context: ProgramContext = {
    argv,
    env: { ...img.env, ...env },
    now: NOW,
    cwd: img.workingDir,
    hostname: 'web-0',
    podIP: '10.244.1.5',
    version: img.info.version,
    readFile: (path) => files[path] ?? img.files.find((file) => file.path === path)?.content,
  };
  return program.run(context);
}

describe('image programs', () => {
  it('nginx: the entrypoint configures, then execs nginx, which serves port 80 from html', () => {
    const entry = run('nginx:1.27', ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;']);
    expect(entry.kind).toBe('exec');
    expect(entry.stdout?.at(-1)).toBe('/docker-entrypoint.sh: Configuration complete; ready for start up');
    expect(run('nginx:1.27', ['/docker-entrypoint.sh', 'sh', '-c', 'echo hi'])).toEqual({
      kind: 'exec',
      argv: ['sh', '-c', 'echo hi'],
      stdout: [],
    });
    const nginx = run('nginx:1.27', ['nginx', '-g', 'daemon off;']);
    if (nginx.kind !== 'serve') throw new Error(nginx.kind);
    expect(nginx.ports.map((p) => p.port)).toEqual([80]);
    expect(nginx.ports[0].server).toMatchObject({ kind: 'static-files', root: '/usr/share/nginx/html' });
    expect(nginx.stderr?.[1]).toBe('2026/11/25 02:56:00 [notice] 1#1: nginx/1.27.5');
  });

  it('nginx: listen and root follow a replaced default.conf; without daemon off it forks and exits', () => {
    const conf = 'server {\n  listen 8080;\n  location / {\n    root /srv/www;\n  }\n}\n';
    const nginx = run('nginx', ['nginx', '-g', 'daemon off;'], {}, { '/etc/nginx/conf.d/default.conf': conf });
    expect(
      nginx.kind === 'serve' && nginx.ports.map((p) => [p.port, p.server.kind === 'static-files' && p.server.root]),
    ).toEqual([[8080, '/srv/www']]);
    expect(run('nginx', ['nginx'])).toEqual({ kind: 'exit', code: 0 });
    expect(run('nginx', ['nginx', '-v'])).toMatchObject({ kind: 'exit', stderr: ['nginx version: nginx/1.27.5'] });
  });

  it('postgres: refuses to start without a password, initializes with one, skips init on a reused volume', () => {
    expect(run('postgres', ['docker-entrypoint.sh', 'postgres'])).toEqual({
      kind: 'exit',
      code: 1,
      stderr: POSTGRES_PASSWORD_ERROR,
    });
    const fresh = run('postgres', ['docker-entrypoint.sh', 'postgres'], { POSTGRES_PASSWORD: 's3cret' });
    if (fresh.kind !== 'serve') throw new Error(fresh.kind);
    expect(fresh.stdout).toContain('PostgreSQL init process complete; ready for start up.');
    expect(fresh.writeFiles).toEqual([{ path: '/var/lib/postgresql/data/PG_VERSION', content: '17\n' }]);
    expect(fresh.ports[0]).toMatchObject({ port: 5432, server: { kind: 'tcp', protocolName: 'postgresql' } });
    const reused = run(
      'postgres',
      ['docker-entrypoint.sh', 'postgres'],
      {},
      { '/var/lib/postgresql/data/PG_VERSION': '17\n' },
    );
    expect(reused.kind === 'serve' && reused.stdout).toContain(
      'PostgreSQL Database directory appears to contain a database; Skipping initialization',
    );
  });

  it('mysql: needs one of the password variables', () => {
    const refused = run('mysql', ['docker-entrypoint.sh', 'mysqld']);
    expect(refused).toMatchObject({ kind: 'exit', code: 1 });
    expect(refused.stderr?.[0]).toMatch(
      /\[ERROR\] \[Entrypoint\]: Database is uninitialized and password option is not specified$/,
    );
    expect(run('mysql', ['docker-entrypoint.sh', 'mysqld'], { MYSQL_ROOT_PASSWORD: 'x' }).kind).toBe('serve');
  });

  it('redis: options go to redis-server, --port moves the port', () => {
    expect(run('redis', ['docker-entrypoint.sh', '--appendonly', 'yes'])).toEqual({
      kind: 'exec',
      argv: ['redis-server', '--appendonly', 'yes'],
    });
    const redis = run('redis', ['redis-server', '--port', '7000']);
    expect(redis.kind === 'serve' && redis.ports[0].port).toBe(7000);
    expect(redis.stdout?.at(-1)).toBe('1:M 25 Nov 2026 02:56:00.000 * Ready to accept connections tcp');
  });

  it('http-echo: needs -text, listens on -listen', () => {
    expect(run('hashicorp/http-echo', ['/http-echo'])).toEqual({
      kind: 'exit',
      code: 127,
      stderr: ['Missing -text option!'],
    });
    const echo = run('hashicorp/http-echo', ['/http-echo', '-text=web-0', '-listen=:8080']);
    expect(echo.kind === 'serve' && echo.ports[0]).toMatchObject({
      port: 8080,
      server: { kind: 'text', body: 'web-0\n' },
    });
  });

  it('stress: serves no port and uses what its args ask for; --timeout ends it', () => {
    const stress = run('polinux/stress', ['stress', '--vm', '1', '--vm-bytes', '150M', '--vm-hang', '1']);
    expect(stress).toMatchObject({
      kind: 'serve',
      ports: [],
      stdout: ['stress: info: [1] dispatching hogs: 0 cpu, 0 io, 1 vm, 0 hdd'],
    });
    expect(stress.kind === 'serve' && stress.usage.memoryBytes).toBe(151 * 1024 * 1024);
    const timed = run('progrium/stress', ['/usr/bin/stress', '--verbose', '--cpu', '1', '--timeout', '5s']);
    expect(timed).toMatchObject({ kind: 'serve', exitAfterMs: 5000, exitCode: 0 });
  });

  it('language runtimes: exit at once without a terminal, fail on a missing script', () => {
    expect(run('node', ['node'])).toEqual({ kind: 'exit', code: 0 });
    expect(run('node', ['node', 'server.js'])).toMatchObject({ kind: 'exit', code: 1 });
    expect(run('node', ['node', 'server.js']).stderr).toContain("Error: Cannot find module '/server.js'");
    expect(run('python', ['python3', 'app.py']).stderr).toEqual([
      "python3: can't open file '/app.py': [Errno 2] No such file or directory",
    ]);
    expect(run('python', ['python', '-c', "print('hi')"])).toEqual({ kind: 'exit', code: 0, stdout: ['hi'] });
    const server = run('python', ['python', '-m', 'http.server', '9000']);
    expect(server.kind === 'serve' && server.ports[0].port).toBe(9000);
  });

  it('pause sleeps; httpd warns about ServerName', () => {
    expect(run('registry.k8s.io/pause:3.10', ['/pause'])).toMatchObject({ kind: 'serve', ports: [] });
    const httpd = run('httpd', ['httpd-foreground']);
    expect(httpd.stderr?.[0]).toContain('using 10.244.1.5. Set the');
  });
});
