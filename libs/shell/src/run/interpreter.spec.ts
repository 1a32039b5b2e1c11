import { harness, sh, T0 } from '../testing/harness';

describe('the shell: exit codes and control flow', () => {
  it.each([
    ['exit 1', 1],
    ['exit 0', 0],
    ['exit 300', 44],
    ['true', 0],
    ['false', 1],
    ['false; true', 0],
    ['true && false', 1],
    ['false || exit 3', 3],
    ['! true', 1],
    ['nosuchcommand', 127],
    ['exit', 0],
    ['false; exit', 1],
  ])('sh -c %p exits %i', (script, code) => {
    expect(sh(script).code).toBe(code);
  });

  it('runs argv without a shell', () => {
    const result = sh(['echo', 'a  b', '$HOME']);
    expect(result.stdout).toBe('a  b $HOME\n');
  });

  it('says not found as busybox ash, dash and bash do', () => {
    expect(sh('foo').stderr).toBe('sh: foo: not found\n');
    expect(sh('foo', { h: harness({ flavour: 'dash' }) }).stderr).toBe('sh: 1: foo: not found\n');
    expect(sh(['bash', '-c', 'foo'], { h: harness({ flavour: 'bash' }) }).stderr).toBe(
      'bash: foo: command not found\n',
    );
  });

  it('reports syntax errors with status 2', () => {
    const result = sh('if true; then echo');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('sh: syntax error: unexpected end of file\n');
    expect(sh('echo "abc', { h: harness({ flavour: 'dash' }) }).stderr).toBe(
      'sh: 1: Syntax error: Unterminated quoted string\n',
    );
  });

  it('runs if/elif/else, for, while and until', () => {
    expect(sh('if [ -f /etc/passwd ]; then echo yes; else echo no; fi').stdout).toBe('yes\n');
    expect(sh('if [ -f /nope ]; then echo a; elif [ -d /etc ]; then echo b; else echo c; fi').stdout).toBe('b\n');
    expect(sh('for i in 1 2 3; do echo $i; done').stdout).toBe('1\n2\n3\n');
    expect(sh('i=0; while [ $i -lt 3 ]; do i=$((i+1)); echo $i; done').stdout).toBe('1\n2\n3\n');
    expect(sh('i=0; until [ $i -ge 2 ]; do i=$((i + 1)); done; echo $i').stdout).toBe('2\n');
    expect(sh('for i in a b c; do if [ $i = b ]; then continue; fi; echo $i; done').stdout).toBe('a\nc\n');
    expect(sh('while true; do echo once; break; done').stdout).toBe('once\n');
    expect(sh('for i in 1 2; do for j in x y; do echo $i$j; break 2; done; done').stdout).toBe('1x\n');
  });

  it('groups and subshells', () => {
    expect(sh('{ echo a; echo b; } | wc -l').stdout).toBe('2\n');
    expect(sh('(cd /tmp; pwd); pwd').stdout).toBe('/tmp\n/\n');
    expect(sh('(exit 4); echo $?').stdout).toBe('4\n');
  });
});

describe('the shell: expansions', () => {
  it('expands variables, defaults, lengths, $? and $$', () => {
    expect(sh('echo $HOSTNAME').stdout).toBe('web-0\n');
    expect(sh('X=1; echo ${X} ${Y:-def} ${Y-d2} ${X:+set} ${#HOSTNAME}').stdout).toBe('1 def d2 set 5\n');
    expect(sh('false; echo $?; echo $?').stdout).toBe('1\n0\n');
    expect(sh('echo $$', { pid: 42 }).stdout).toBe('42\n');
    expect(sh('echo ${Z:=zed} $Z').stdout).toBe('zed zed\n');
    expect(sh('echo ${NOPE:?must be set}; echo after').stderr).toBe('sh: NOPE: must be set\n');
  });

  it('keeps quoted text whole and splits unquoted expansions', () => {
    expect(sh('X="a   b"; echo $X; echo "$X"').stdout).toBe('a b\na   b\n');
    expect(sh('echo \'$HOME\' "$HOME" \\$HOME').stdout).toBe('$HOME /root $HOME\n');
    expect(sh('X="1 2 3"; for i in $X; do echo $i; done').stdout).toBe('1\n2\n3\n');
    expect(sh('E=; for i in $E; do echo no; done; echo "[$E]"').stdout).toBe('[]\n');
  });

  it('substitutes commands and arithmetic', () => {
    expect(sh('echo "host: $(hostname)"').stdout).toBe('host: web-0\n');
    expect(sh('echo `echo nested`').stdout).toBe('nested\n');
    expect(sh('echo $((2 * (3 + 4))) $((7 / 2)) $((7 % 3)) $((1 < 2))').stdout).toBe('14 3 1 1\n');
    expect(sh('echo $((1 / 0))').stderr).toBe('sh: division by zero\n');
  });

  it('passes positional parameters to sh -c', () => {
    expect(sh(['sh', '-c', 'echo $0 $1 $# "$@"', 'name', 'a', 'b c']).stdout).toBe('name a 2 a b c\n');
    expect(sh(['sh', '-c', 'for x in "$@"; do echo "<$x>"; done', 'sh', 'a', 'b c']).stdout).toBe('<a>\n<b c>\n');
  });

  it('scopes VAR=value to one command, and export to children', () => {
    expect(sh('A=1 printenv A; echo "[$A]"').stdout).toBe('1\n[]\n');
    expect(sh('B=2; sh -c \'echo "[$B]"\'; export B; sh -c \'echo "[$B]"\'').stdout).toBe('[]\n[2]\n');
    expect(sh('export C=3; unset C; echo "[$C]"').stdout).toBe('[]\n');
  });

  it('globs against the container filesystem', () => {
    const h = harness();
    h.fs.writeFile('/tmp/a.txt', '');
    h.fs.writeFile('/tmp/b.txt', '');
    h.fs.writeFile('/tmp/c.log', '');
    expect(sh('echo /tmp/*.txt', { h }).stdout).toBe('/tmp/a.txt /tmp/b.txt\n');
    expect(sh('cd /tmp && echo *.log', { h }).stdout).toBe('c.log\n');
    expect(sh('echo /tmp/*.none', { h }).stdout).toBe('/tmp/*.none\n');
    expect(sh('echo "/tmp/*.txt"', { h }).stdout).toBe('/tmp/*.txt\n');
  });
});

describe('the shell: redirections and pipes', () => {
  it('writes, appends and reads files in the container', () => {
    const result = sh('echo one > /tmp/f; echo two >> /tmp/f; cat /tmp/f; wc -l < /tmp/f');
    expect(result.stdout).toBe('one\ntwo\n2\n');
    expect(result.h.fs.readFile('/tmp/f')).toBe('one\ntwo\n');
  });

  it('duplicates descriptors in order', () => {
    expect(sh('cat /nope 2>&1').stdout).toBe("cat: can't open '/nope': No such file or directory\n");
    const h = harness();
    const result = sh('cat /nope > /tmp/out 2>&1; echo $?', { h });
    expect(result.stdout).toBe('1\n');
    expect(h.fs.readFile('/tmp/out')).toContain("can't open");
    expect(sh('cat /nope 2>/dev/null; echo $?').stdout).toBe('1\n');
    expect(sh('echo err >&2').stderr).toBe('err\n');
  });

  it('refuses writes to read-only or missing places', () => {
    expect(sh('echo x > /nodir/f').stderr).toBe("sh: can't create /nodir/f: No such file or directory\n");
    expect(sh('echo x > /nodir/f', { h: harness({ flavour: 'dash' }) }).stderr).toBe(
      'sh: 1: cannot create /nodir/f: No such file or directory\n',
    );
    expect(sh('cat < /nope').stderr).toBe("sh: can't open '/nope': No such file or directory\n");
    expect(sh('echo x > /etc').code).toBe(1);
  });

  it('pipes output of one command into the next', () => {
    expect(sh('printf "b\\na\\nc\\n" | grep -v c | wc -l').stdout).toBe('2\n');
    expect(sh('echo hello | cat').stdout).toBe('hello\n');
    expect(sh('env | grep HOSTNAME').stdout).toBe('HOSTNAME=web-0\n');
    expect(sh('yes | head -n 3').stdout).toBe('y\ny\ny\n');
    expect(sh('false | true').code).toBe(0);
  });

  it('reads lines with read', () => {
    expect(sh('printf "a b\\nc\\n" > /tmp/l; while read x y; do echo "$x-$y"; done < /tmp/l').stdout).toBe('a-b\nc-\n');
  });
});

describe('the shell on simulated time', () => {
  it('yields sleep effects and advances nothing itself', () => {
    const result = sh('echo start; sleep 5; echo end');
    expect(result.effects).toEqual([{ kind: 'sleep', ms: 5000 }]);
    expect(result.stdout).toBe('start\nend\n');
    expect(result.h.now()).toBe(T0 + 5000);
  });

  it('sleeps fractions and units', () => {
    expect(sh('sleep 0.5; sleep 1m; sleep 1 2').effects).toEqual([
      { kind: 'sleep', ms: 500 },
      { kind: 'sleep', ms: 60_000 },
      { kind: 'sleep', ms: 3000 },
    ]);
    expect(sh('sleep abc').stderr).toBe("sleep: invalid number 'abc'\n");
  });

  it('an endless loop with sleep yields sleeps forever', () => {
    const result = sh('while true; do echo tick; sleep 1; done', { maxEffects: 5 });
    expect(result.code).toBeUndefined();
    expect(result.effects.every((e) => e.kind === 'sleep')).toBe(true);
    expect(result.stdout).toBe('tick\n'.repeat(5));
  });

  it('an endless loop without sleep yields busy effects instead of hanging', () => {
    const result = sh('while :; do :; done', { h: harness({ stepBudget: 100 }), maxEffects: 3 });
    expect(result.effects).toEqual([
      { kind: 'busy', steps: 100 },
      { kind: 'busy', steps: 100 },
      { kind: 'busy', steps: 100 },
    ]);
  });

  it('sleep infinity and tail -f wait until signalled', () => {
    expect(sh('sleep infinity').blocked).toEqual({ kind: 'wait', reason: 'forever' });
    expect(sh('tail -f /dev/null').blocked).toEqual({ kind: 'wait', reason: 'forever' });
  });

  it('is deterministic', () => {
    const script = 'for i in 1 2 3; do date; sleep 1; done';
    expect(sh(script).stdout).toBe(sh(script).stdout);
    expect(sh(script).stdout).toBe(
      'Wed Nov 25 02:56:00 UTC 2026\nWed Nov 25 02:56:01 UTC 2026\nWed Nov 25 02:56:02 UTC 2026\n',
    );
  });

  it('set -e stops at the first failure', () => {
    expect(sh('set -e; echo a; false; echo b').stdout).toBe('a\n');
    expect(sh('set -e; if false; then :; fi; echo ok').stdout).toBe('ok\n');
    expect(sh(['sh', '-ec', 'false; echo no']).code).toBe(1);
  });
});
