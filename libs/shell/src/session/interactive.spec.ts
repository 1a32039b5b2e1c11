import { harness } from '../testing/harness';
import { InteractiveSession } from './interactive';

const session = (flavour: 'busybox' | 'bash' = 'busybox') => {
  const h = harness({ flavour });
  return { h, s: new InteractiveSession(h.env, { env: { HOME: '/root', HOSTNAME: 'web-0' }, cwd: '/', pid: 7 }) };
};

describe('InteractiveSession', () => {
  it('keeps state across lines and shows the busybox prompt', () => {
    const { s } = session();
    expect(s.prompt).toBe('/ # ');
    expect(s.feed('cd /tmp; X=5')).toMatchObject({ stdout: '', prompt: '/tmp # ' });
    expect(s.feed('echo $X $PWD')).toMatchObject({ stdout: '5 /tmp\n' });
    expect(s.feed('cd')).toMatchObject({ prompt: '~ # ' });
    expect(s.feed('false; echo $?').stdout).toBe('1\n');
  });

  it("shows the bash prompt for bash, and dash's bare one for Debian's sh", () => {
    const { s } = session('bash');
    expect(s.prompt).toBe('root@web-0:/# ');
    const h = harness({ flavour: 'dash' });
    expect(new InteractiveSession(h.env, { env: {}, cwd: '/', pid: 7 }).prompt).toBe('# ');
    expect(new InteractiveSession(h.env, { env: {}, cwd: '/', pid: 7, flavour: 'bash' }).prompt).toBe('root@web-0:/# ');
  });

  it('blocks on effects and resumes', () => {
    const { s, h } = session();
    const first = s.feed('echo a; sleep 2; echo b');
    expect(first).toMatchObject({ stdout: 'a\n', pending: { kind: 'sleep', ms: 2000 }, prompt: '' });
    h.advance(2000);
    expect(s.resume(undefined)).toMatchObject({ stdout: 'b\n', prompt: '/ # ' });
  });

  it('exit N ends the session with N, even after other commands', () => {
    const { s } = session();
    expect(s.feed('echo bye; exit 3')).toMatchObject({ stdout: 'bye\n', exited: 3 });
    expect(s.exited).toBe(3);
  });

  it('reports errors on stderr and goes on', () => {
    const { s } = session();
    expect(s.feed('nope')).toMatchObject({ stderr: 'sh: nope: not found\n', prompt: '/ # ' });
    expect(s.feed('if true; then')).toMatchObject({ stderr: 'sh: syntax error: unexpected end of file\n' });
    expect(s.feed('echo $?').stdout).toBe('2\n');
  });

  it('Ctrl-C abandons a running line', () => {
    const { s } = session();
    s.feed('sleep 100');
    expect(s.interrupt()).toMatchObject({ stderr: '^C\n', prompt: '/ # ' });
    expect(s.feed('echo $?').stdout).toBe('130\n');
  });
});
