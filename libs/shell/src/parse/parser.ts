import type { AndOr, Assignment, Command, List, Pipeline, Redirect, Word } from './ast';
import { Scanner } from './scanner';
import { ShellSyntaxError } from './syntax-error';

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;
const RESERVED = new Set([
  'if',
  'then',
  'elif',
  'else',
  'fi',
  'while',
  'until',
  'do',
  'done',
  'for',
  'in',
  '{',
  '}',
  '!',
]);
const ENDS_LIST = new Set(['then', 'elif', 'else', 'fi', 'do', 'done', '}']);

/** Parses a script (sh -c's argument, an exec'd line) into a List. */
export function parseScript(src: string): List {
  return new Parser(src).script();
}

class Parser extends Scanner {
  script(): List {
    const list = this.list();
    this.newlines();
    if (!this.eof()) throw this.unexpected();
    return list;
  }

  protected subList(): List {
    return this.list();
  }

  protected parseNested(src: string): List {
    return new Parser(src).script();
  }

  private unexpected(): ShellSyntaxError {
    this.blank();
    if (this.eof()) return new ShellSyntaxError('end of file', 'unexpected');
    const token = this.operator() ?? this.peekPlain() ?? this.src[this.pos];
    return new ShellSyntaxError(token === '\n' ? 'newline' : token, 'unexpected');
  }

  private newlines(): void {
    while (this.operator() === '\n') this.pos++;
  }

  private atListEnd(): boolean {
    this.blank();
    if (this.eof()) return true;
    const op = this.operator();
    if (op === ')' || op === ';;') return true;
    const plain = this.peekPlain();
    return plain !== undefined && ENDS_LIST.has(plain);
  }

  private list(): List {
    const items: List['items'] = [];
    for (;;) {
      this.newlines();
      if (this.atListEnd()) return { items };
      const andOr = this.andOr();
      const op = this.operator();
      if (op === ';' || op === '&' || op === '\n') {
        this.pos++;
        items.push({ andOr, background: op === '&' });
      } else {
        items.push({ andOr, background: false });
        return { items };
      }
    }
  }

  private andOr(): AndOr {
    const first = this.pipeline();
    const rest: AndOr['rest'] = [];
    for (let op = this.operator(); op === '&&' || op === '||'; op = this.operator()) {
      this.pos += 2;
      this.newlines();
      rest.push({ op, pipeline: this.pipeline() });
    }
    return { first, rest };
  }

  private pipeline(): Pipeline {
    let negated = false;
    if (this.peekPlain() === '!') {
      this.pos++;
      negated = true;
    }
    const commands = [this.command()];
    while (this.operator() === '|') {
      this.pos++;
      this.newlines();
      commands.push(this.command());
    }
    return { negated, commands };
  }

  private keyword(word: string): void {
    this.newlines();
    if (this.peekPlain() !== word) throw this.unexpected();
    this.pos += word.length;
  }

  private command(): Command {
    const plain = this.peekPlain();
    if (this.operator() === '(') {
      this.pos++;
      const body = this.subList();
      if (this.operator() !== ')') throw this.unexpected();
      this.pos++;
      return { kind: 'subshell', body, redirects: this.redirects() };
    }
    switch (plain) {
      case 'if':
        return this.ifCommand();
      case 'while':
      case 'until': {
        this.pos += plain.length;
        const condition = this.list();
        this.keyword('do');
        const body = this.list();
        this.keyword('done');
        return { kind: 'while', until: plain === 'until', condition, body, redirects: this.redirects() };
      }
      case 'for':
        return this.forCommand();
      case '{': {
        this.pos++;
        const body = this.list();
        this.keyword('}');
        return { kind: 'group', body, redirects: this.redirects() };
      }
      default:
        if (plain !== undefined && RESERVED.has(plain) && plain !== '!') throw this.unexpected();
        return this.simple();
    }
  }

  private ifCommand(): Command {
    this.pos += 2;
    const clauses: { condition: List; body: List }[] = [];
    let otherwise: List | undefined;
    for (;;) {
      const condition = this.list();
      this.keyword('then');
      clauses.push({ condition, body: this.list() });
      this.newlines();
      const next = this.peekPlain();
      if (next === 'elif') {
        this.pos += 4;
        continue;
      }
      if (next === 'else') {
        this.pos += 4;
        otherwise = this.list();
      }
      this.keyword('fi');
      return { kind: 'if', clauses, ...(otherwise ? { otherwise } : {}), redirects: this.redirects() };
    }
  }

  private forCommand(): Command {
    this.pos += 3;
    const name = this.peekPlain();
    if (name === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw this.unexpected();
    this.pos += name.length;
    this.newlines();
    let items: Word[] | undefined;
    if (this.peekPlain() === 'in') {
      this.pos += 2;
      items = [];
      for (let op = this.operator(); op === undefined; op = this.operator()) {
        const word = this.word();
        if (!word) break;
        items.push(word);
      }
    }
    const op = this.operator();
    if (op === ';' || op === '\n') this.pos++;
    this.keyword('do');
    const body = this.list();
    this.keyword('done');
    return { kind: 'for', name, ...(items ? { items } : {}), body, redirects: this.redirects() };
  }

  private redirect(): Redirect[] | undefined {
    this.blank();
    const io = /^(\d+)(?=[<>])/.exec(this.src.slice(this.pos));
    const start = this.pos;
    if (io) this.pos += io[1].length;
    const op = this.operator();
    if (op === '<<') throw new ShellSyntaxError('<<', 'unexpected');
    if (op !== '>' && op !== '>>' && op !== '<' && op !== '>&' && op !== '<&' && op !== '&>' && op !== '>|') {
      this.pos = start;
      return undefined;
    }
    this.pos += op.length;
    const target = this.word();
    if (!target) throw this.unexpected();
    const fd = io ? Number(io[1]) : op.startsWith('<') ? 0 : 1;
    if (op === '&>')
      return [
        { fd: 1, op: '>', target },
        { fd: 2, op: '>&', target: { parts: [{ kind: 'literal', text: '1', quoted: false }] } },
      ];
    return [{ fd, op: op === '>|' ? '>' : op, target }];
  }

  private redirects(): Redirect[] {
    const out: Redirect[] = [];
    for (let r = this.redirect(); r; r = this.redirect()) out.push(...r);
    return out;
  }

  private simple(): Command {
    const assignments: Assignment[] = [];
    const words: Word[] = [];
    const redirects: Redirect[] = [];
    for (;;) {
      const r = this.redirect();
      if (r) {
        redirects.push(...r);
        continue;
      }
      const op = this.operator();
      if (op !== undefined && op !== '(') break;
      if (op === '(') throw this.unexpected();
      const word = this.word();
      if (!word) break;
      const first = word.parts[0];
      const match =
        words.length === 0 && first?.kind === 'literal' && !first.quoted ? ASSIGNMENT.exec(first.text) : null;
      if (match) {
        const rest = first.kind === 'literal' ? first.text.slice(match[0].length) : '';
        const parts = [...(rest ? [{ ...first, text: rest }] : []), ...word.parts.slice(1)];
        assignments.push({ name: match[1], value: { parts } });
      } else {
        words.push(word);
      }
    }
    if (assignments.length === 0 && words.length === 0 && redirects.length === 0) throw this.unexpected();
    return { kind: 'simple', assignments, words, redirects };
  }
}
