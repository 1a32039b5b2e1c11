import { harness, sh, T0 } from '../testing/harness';

describe('system commands', () => {
  it('env, printenv, export', () => {
    expect(sh('env', { env: { A: '1' } }).stdout).toContain('A=1\n');
    expect(sh('printenv HOSTNAME').stdout).toBe('web-0\n');
    expect(sh('printenv NOPE').code).toBe(1);
    expect(sh('export X=1; env | grep X=').stdout).toBe('X=1\n');
    expect(sh('env Y=2 printenv Y; printenv Y').stdout).toBe('2\n');
  });

  it('hostname, id, whoami, uname', () => {
    expect(sh('hostname').stdout).toBe('web-0\n');
    expect(sh('hostname -i').stdout).toBe('10.244.1.5\n');
    expect(sh('id').stdout).toBe('uid=0(root) gid=0(root) groups=0(root)\n');
    expect(sh('id -u').stdout).toBe('0\n');
    expect(sh('whoami').stdout).toBe('root\n');
    expect(sh('whoami', { h: harness({ user: { uid: 65535, gid: 65535, name: '65535', home: '/' } }) }).stderr).toBe(
      'whoami: unknown uid 65535\n',
    );
    expect(sh('uname').stdout).toBe('Linux\n');
    expect(sh('uname -a').stdout).toBe('Linux web-0 6.8.0-sandbox #1 SMP PREEMPT_DYNAMIC x86_64 Linux\n');
  });

  it('date: busybox format from the injected clock, and +FORMAT', () => {
    expect(sh('date').stdout).toBe('Wed Nov 25 02:56:00 UTC 2026\n');
    expect(sh('date +%s').stdout).toBe(`${T0 / 1000}\n`);
    expect(sh('date +%Y-%m-%dT%H:%M:%S').stdout).toBe('2026-11-25T02:56:00\n');
  });

  it('which knows the image PATH', () => {
    const h = harness({ available: (name) => name !== 'curl' });
    expect(sh('which ls', { h }).stdout).toBe('/bin/ls\n');
    expect(sh('which curl', { h }).code).toBe(1);
    expect(sh('curl http://x', { h })).toMatchObject({ code: 127, stderr: 'sh: curl: not found\n' });
  });

  it('ps lists the host table in busybox and procps layouts', () => {
    const processes = () => [
      { pid: 1, user: 'root', command: 'sleep 3600' },
      { pid: 7, user: 'root', command: 'sh' },
    ];
    expect(sh('ps', { h: harness({ processes }), pid: 7 }).stdout).toBe(
      'PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 3600\n    7 root      0:00 sh\n    8 root      0:00 ps\n',
    );
    const gnu = sh('ps aux', { h: harness({ processes, tools: 'gnu' }), pid: 7 }).stdout;
    expect(gnu.split('\n')[0]).toBe('USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND');
    expect(gnu).toContain('sleep 3600');
  });

  it('kill 1 signals the container; other pids go to the host; unknown pids fail', () => {
    const processes = () => [
      { pid: 1, user: 'root', command: 'nginx' },
      { pid: 30, user: 'root', command: 'nginx: worker process' },
    ];
    const h = harness({ processes });
    const result = sh('kill 1; kill -9 30; kill 99', { h, pid: 7 });
    expect(result.effects).toEqual([
      { kind: 'signal-container', signal: 'TERM' },
      { kind: 'signal', pid: 30, signal: 'KILL' },
    ]);
    expect(result.stderr).toBe("sh: can't kill pid 99: No such process\n");
    expect(result.code).toBe(1);
    expect(sh('kill -s INT 1', { h, pid: 7 }).effects).toEqual([{ kind: 'signal-container', signal: 'INT' }]);
    expect(sh('kill $$; echo never', { pid: 7 })).toMatchObject({ code: 143, stdout: '' });
  });
});
