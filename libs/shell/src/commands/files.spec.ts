import { Volume } from '@ksb/container-fs';
import { harness, sh } from '../testing/harness';

describe('file commands', () => {
  it('cat: the probe classic, busybox and coreutils wording', () => {
    const missing = sh('cat /tmp/healthy');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe("cat: can't open '/tmp/healthy': No such file or directory\n");
    expect(sh('cat /tmp/healthy', { h: harness({ tools: 'gnu', flavour: 'dash' }) }).stderr).toBe(
      'cat: /tmp/healthy: No such file or directory\n',
    );
    expect(sh('touch /tmp/healthy; cat /tmp/healthy').code).toBe(0);
    expect(sh('echo in | cat - ').stdout).toBe('in\n');
    expect(sh('cat /etc').stderr).toBe('cat: read error: Is a directory\n');
  });

  it('touch, mkdir -p, rm -r -f', () => {
    const h = harness();
    expect(sh('mkdir -p /data/a/b && touch /data/a/b/f && ls /data/a/b', { h }).stdout).toBe('f\n');
    expect(sh('mkdir /data', { h }).stderr).toBe("mkdir: can't create directory '/data': File exists\n");
    expect(sh('mkdir /x/y', { h: harness({ tools: 'gnu' }) }).stderr).toBe(
      "mkdir: cannot create directory '/x/y': No such file or directory\n",
    );
    expect(sh('rm /data', { h }).stderr).toBe("rm: '/data' is a directory\n");
    expect(sh('rm /nope', { h }).stderr).toBe("rm: can't remove '/nope': No such file or directory\n");
    expect(sh('rm -f /nope', { h }).code).toBe(0);
    expect(sh('rm -rf /data && ls /data', { h }).stderr).toBe('ls: /data: No such file or directory\n');
  });

  it('cp and mv, into directories and across mounts', () => {
    const h = harness();
    h.fs.mount('/mnt', new Volume({ clock: h.now }));
    expect(
      sh('echo x > /tmp/a; cp /tmp/a /tmp/b; mkdir /tmp/d; cp /tmp/a /tmp/d; cat /tmp/b /tmp/d/a', { h }).stdout,
    ).toBe('x\nx\n');
    expect(sh('mv /tmp/a /mnt/; ls /mnt; ls /tmp/a', { h }).stdout).toBe('a\n');
    expect(sh('cp /tmp/d /tmp/e', { h }).stderr).toBe("cp: omitting directory '/tmp/d'\n");
    expect(sh('cp -r /tmp/d /tmp/e && cat /tmp/e/a', { h }).stdout).toBe('x\n');
    expect(sh('cp /nope /tmp/z', { h }).stderr).toBe("cp: can't stat '/nope': No such file or directory\n");
  });

  it('ls: plain, -a, -l, missing paths', () => {
    const h = harness();
    h.fs.mkdir('/app');
    h.fs.writeFile('/app/index.html', 'x'.repeat(615));
    h.fs.writeFile('/app/.hidden', '');
    expect(sh('ls /app', { h }).stdout).toBe('index.html\n');
    expect(sh('ls -a /app', { h }).stdout).toBe('.\n..\n.hidden\nindex.html\n');
    expect(sh('cd /app && ls', { h }).stdout).toBe('index.html\n');
    expect(sh('ls -l /app/index.html', { h }).stdout).toBe(
      '-rw-r--r--    1 root     root           615 Nov 25 02:56 /app/index.html\n',
    );
    const gnu = harness({ tools: 'gnu' });
    gnu.fs.writeFile('/f', 'abc');
    expect(sh('ls -l /f', { h: gnu }).stdout).toBe('-rw-r--r-- 1 root root     3 Nov 25 02:56 /f\n');
    expect(sh('ls /nope', { h: gnu })).toMatchObject({
      code: 2,
      stderr: "ls: cannot access '/nope': No such file or directory\n",
    });
    expect(sh('ls -ld /tmp').stdout).toMatch(/^drwxrwxrwt /);
  });

  it('pwd and cd', () => {
    expect(sh('cd /etc; pwd; cd ..; pwd; cd; pwd').stdout).toBe('/etc\n/\n/root\n');
    expect(sh('cd /nope').stderr).toBe("sh: cd: can't cd to /nope: No such file or directory\n");
    expect(sh('cd /etc/passwd').code).toBe(1);
  });

  it('writes to a read-only mount fail with the real message', () => {
    const h = harness();
    h.fs.mount('/etc/config', new Volume({ clock: h.now }, [{ path: '/k', content: 'v' }]), { readOnly: true });
    expect(sh('echo x > /etc/config/k', { h }).stderr).toBe("sh: can't create /etc/config/k: Read-only file system\n");
    expect(sh('touch /etc/config/n', { h }).stderr).toBe('touch: /etc/config/n: Read-only file system\n');
    expect(sh('rm /etc/config/k', { h }).stderr).toBe("rm: can't remove '/etc/config/k': Read-only file system\n");
  });

  it('a full volume answers No space left on device', () => {
    const h = harness();
    h.fs.mount('/cache', new Volume({ clock: h.now, limitBytes: 4 }));
    expect(sh('echo 123456 > /cache/f', { h })).toMatchObject({
      code: 1,
      stderr: 'sh: write error: No space left on device\n',
    });
  });

  it('non-root users meet permissions', () => {
    const h = harness({ user: { uid: 100, gid: 101, name: 'curl_user', home: '/tmp' } });
    expect(sh('echo x > /etc/x', { h }).stderr).toBe("sh: can't create /etc/x: Permission denied\n");
    expect(sh('echo x > /tmp/x && cat /tmp/x', { h }).stdout).toBe('x\n');
  });

  it('runs script files by path, with their shebang, when executable', () => {
    const h = harness();
    h.fs.writeFile('/run.sh', '#!/bin/sh\necho "args: $@"\nexit 3\n', { mode: 0o755 });
    h.fs.writeFile('/noexec.sh', 'echo hi\n');
    expect(sh('/run.sh a b; echo $?', { h }).stdout).toBe('args: a b\n3\n');
    expect(sh('sh /noexec.sh', { h }).stdout).toBe('hi\n');
    expect(sh('/noexec.sh', { h })).toMatchObject({ code: 126, stderr: 'sh: /noexec.sh: Permission denied\n' });
  });
});
