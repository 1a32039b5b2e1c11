import { harness, sh } from '../testing/harness';

describe('text commands', () => {
  it('echo -n -e, and dash interpreting escapes', () => {
    expect(sh('echo -n a; echo b').stdout).toBe('ab\n');
    expect(sh('echo -e "a\\tb\\nc"').stdout).toBe('a\tb\nc\n');
    expect(sh('echo "a\\nb"').stdout).toBe('a\\nb\n');
    expect(sh('echo "a\\nb"', { h: harness({ flavour: 'dash' }) }).stdout).toBe('a\nb\n');
    expect(sh('echo -e "stop\\chere"').stdout).toBe('stop');
  });

  it('printf: %s %d, widths, reuse of the format', () => {
    expect(sh('printf "%s=%d\\n" a 1 b 2').stdout).toBe('a=1\nb=2\n');
    expect(sh('printf "[%5s][%-3s][%03d]\\n" ab c 7').stdout).toBe('[   ab][c  ][007]\n');
    expect(sh('printf "%.2f %x %%\\n" 3.14159 255').stdout).toBe('3.14 ff %\n');
    expect(sh('printf hello').stdout).toBe('hello');
  });

  it('head and tail', () => {
    const h = harness();
    h.fs.writeFile('/l', '1\n2\n3\n4\n5\n');
    expect(sh('head -n 2 /l', { h }).stdout).toBe('1\n2\n');
    expect(sh('head -3 /l', { h }).stdout).toBe('1\n2\n3\n');
    expect(sh('tail -n 2 /l', { h }).stdout).toBe('4\n5\n');
    expect(sh('tail -n +4 /l', { h }).stdout).toBe('4\n5\n');
    expect(sh('seq 20 | tail -1', { h }).stdout).toBe('20\n');
    expect(sh('head /nope').stderr).toBe("head: can't open '/nope': No such file or directory\n");
  });

  it('wc', () => {
    const h = harness();
    h.fs.writeFile('/w', 'one two\nthree\n');
    expect(sh('wc -l /w', { h }).stdout).toBe('2 /w\n');
    expect(sh('wc -l < /w', { h }).stdout).toBe('2\n');
    expect(sh('cat /w | wc -w', { h }).stdout).toBe('3\n');
    expect(sh('wc -c /w', { h }).stdout).toBe('14 /w\n');
  });

  it('grep: substring and regex, -v -i -c -n -q, exit status', () => {
    const h = harness();
    h.fs.writeFile('/g', 'Error: one\ninfo: two\nerror: three\n');
    expect(sh('grep error /g', { h }).stdout).toBe('error: three\n');
    expect(sh('grep -i error /g', { h }).stdout).toBe('Error: one\nerror: three\n');
    expect(sh('grep -v -i error /g', { h }).stdout).toBe('info: two\n');
    expect(sh('grep -c -i error /g', { h }).stdout).toBe('2\n');
    expect(sh('grep -n two /g', { h }).stdout).toBe('2:info: two\n');
    expect(sh('grep "^info" /g', { h }).stdout).toBe('info: two\n');
    expect(sh('grep -E "one|two" /g', { h }).stdout).toBe('Error: one\ninfo: two\n');
    expect(sh('grep -q nothing /g', { h }).code).toBe(1);
    expect(sh('grep -q two /g', { h })).toMatchObject({ code: 0, stdout: '' });
    expect(sh('grep x /nope').code).toBe(2);
  });

  it('seq and yes', () => {
    expect(sh('seq 3').stdout).toBe('1\n2\n3\n');
    expect(sh('seq 2 4').stdout).toBe('2\n3\n4\n');
    expect(sh('seq 10 -5 0').stdout).toBe('10\n5\n0\n');
    expect(sh('yes no | head -n 2').stdout).toBe('no\nno\n');
    expect(sh('yes', { maxEffects: 2 }).effects.map((e) => e.kind)).toEqual(['busy', 'busy']);
  });

  it('test and [: files, strings, integers, negation, errors', () => {
    const h = harness();
    h.fs.writeFile('/f', 'x');
    const cases: [string, number][] = [
      ['[ -f /f ]', 0],
      ['[ -d /f ]', 1],
      ['[ -e /nope ]', 1],
      ['[ -d /tmp ]', 0],
      ['[ -s /f ]', 0],
      ['[ -z "" ]', 0],
      ['[ -n "" ]', 1],
      ['[ a = a ]', 0],
      ['[ a != a ]', 1],
      ['[ 3 -eq 3 ]', 0],
      ['[ 2 -lt 3 ]', 0],
      ['[ 2 -gt 3 ]', 1],
      ['[ ! -f /nope ]', 0],
      ['[ -f /f -a -d /tmp ]', 0],
      ['[ -f /nope -o -d /tmp ]', 0],
      ['test abc', 0],
      ['test', 1],
    ];
    for (const [script, code] of cases) expect([script, sh(script, { h }).code]).toEqual([script, code]);
    expect(sh('[ -f /f').stderr).toBe('sh: missing ]\n');
    expect(sh('[ x -eq 1 ]')).toMatchObject({ code: 2, stderr: 'sh: x: bad number\n' });
    expect(sh('[ x -eq 1 ]', { h: harness({ flavour: 'bash' }) }).stderr).toBe(
      'sh: [: x: integer expression expected\n',
    );
  });
});
