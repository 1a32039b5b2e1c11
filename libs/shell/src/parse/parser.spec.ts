import type { Command, List, SimpleCommand, Word } from './ast';
import { parseScript } from './parser';
import { ShellSyntaxError } from './syntax-error';

const text = (word: Word) =>
  word.parts
    .map((p) =>
      p.kind === 'literal'
        ? p.text
        : p.kind === 'param'
          ? `$${p.name}`
          : p.kind === 'arith'
            ? `$((${p.expression}))`
            : '$(...)',
    )
    .join('');
const first = (list: List): Command => list.items[0].andOr.first.commands[0];
const simple = (src: string): SimpleCommand => {
  const command = first(parseScript(src));
  if (command.kind !== 'simple') throw new Error(command.kind);
  return command;
};

describe('parseScript', () => {
  it('splits words with quotes and escapes', () => {
    expect(simple(`echo 'a b' "c d" e\\ f`).words.map(text)).toEqual(['echo', 'a b', 'c d', 'e f']);
    expect(simple(`echo "it's" 'say "hi"'`).words.map(text)).toEqual(['echo', "it's", 'say "hi"']);
    expect(simple('echo a\\\nb').words.map(text)).toEqual(['echo', 'ab']);
  });

  it('parses expansions', () => {
    const parts = simple('echo $HOME ${X:-def} $? $$ $(hostname) $((1+2)) "$1"')
      .words.slice(1)
      .map((w) => w.parts[0]);
    expect(parts.map((p) => p.kind)).toEqual(['param', 'param', 'param', 'param', 'command', 'arith', 'literal']);
    expect(parts[1]).toMatchObject({ kind: 'param', name: 'X', op: ':-' });
    expect(simple('echo ${#PATH}').words[1].parts[0]).toMatchObject({ op: 'length', name: 'PATH' });
    expect(simple('echo `date`').words[1].parts[0].kind).toBe('command');
  });

  it('parses assignments, redirections and io numbers', () => {
    const cmd = simple('A=1 B="x y" env > /tmp/out 2>&1 < in');
    expect(cmd.assignments.map((a) => [a.name, text(a.value)])).toEqual([
      ['A', '1'],
      ['B', 'x y'],
    ]);
    expect(cmd.redirects.map((r) => [r.fd, r.op, text(r.target)])).toEqual([
      [1, '>', '/tmp/out'],
      [2, '>&', '1'],
      [0, '<', 'in'],
    ]);
    expect(simple('echo hi >> f').redirects[0].op).toBe('>>');
    expect(simple('cmd &> f').redirects.map((r) => r.op)).toEqual(['>', '>&']);
  });

  it('parses lists, and-or lists, pipelines and background jobs', () => {
    const list = parseScript('a; b && c || d | e &\nf');
    expect(list.items).toHaveLength(3);
    expect(list.items[1].andOr.rest.map((r) => r.op)).toEqual(['&&', '||']);
    expect(list.items[1].andOr.rest[1].pipeline.commands).toHaveLength(2);
    expect(list.items[1].background).toBe(true);
    expect(parseScript('! false').items[0].andOr.first.negated).toBe(true);
  });

  it('parses compound commands', () => {
    expect(first(parseScript('while true; do echo hi; sleep 1; done')).kind).toBe('while');
    expect(first(parseScript('until [ -f /tmp/x ]; do sleep 1; done'))).toMatchObject({ kind: 'while', until: true });
    const loop = first(parseScript('for i in 1 2 3; do echo $i; done'));
    expect(loop.kind === 'for' && loop.items?.map(text)).toEqual(['1', '2', '3']);
    const branch = first(parseScript('if [ -f x ]; then echo a; elif true; then echo b; else echo c; fi'));
    expect(branch.kind === 'if' && branch.clauses.length).toBe(2);
    expect(branch.kind === 'if' && branch.otherwise?.items.length).toBe(1);
    expect(first(parseScript('{ echo a; echo b; } > f')).redirects).toHaveLength(1);
    expect(first(parseScript('(cd /tmp; pwd)')).kind).toBe('subshell');
    expect(first(parseScript('while :\ndo\n  echo x\ndone')).kind).toBe('while');
  });

  it('keeps reserved words as arguments', () => {
    expect(simple('echo if then done').words.map(text)).toEqual(['echo', 'if', 'then', 'done']);
  });

  it('skips comments', () => {
    expect(parseScript('echo a # comment\n# whole line\necho b').items).toHaveLength(2);
    expect(simple('echo a#b').words.map(text)).toEqual(['echo', 'a#b']);
  });

  it.each([
    ['if true; then echo', 'end of file'],
    ['echo "abc', '"'],
    ['fi', 'fi'],
    ['echo a;; b', ';;'],
    ['do echo', 'do'],
    ['echo ${', '${'],
  ])('rejects %p', (src, token) => {
    let error: unknown;
    try {
      parseScript(src);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ShellSyntaxError);
    expect((error as ShellSyntaxError).token).toContain(token);
  });
});
