import type { List, ParamOp, Word, WordPart } from './ast';
import { ShellSyntaxError } from './syntax-error';

const META = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);
const OPERATORS = ['&&', '||', ';;', '>>', '>&', '<&', '&>', '>|', '<<', ';', '&', '|', '(', ')', '<', '>', '\n'];
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const PARAM_OPS: ParamOp[] = [':-', ':=', ':+', ':?', '-', '=', '+', '?'];

/**
 * Character-level reading of words and operators. The grammar (Parser) extends it and provides
 * `subList` for $(...).
 */
export abstract class Scanner {
  protected pos = 0;

  constructor(protected readonly src: string) {}

  protected abstract subList(): List;

  protected eof(): boolean {
    return this.pos >= this.src.length;
  }

  /** Skips blanks, line continuations and comments (not newlines: they separate commands). */
  protected blank(): void {
    for (;;) {
      const c = this.src[this.pos];
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\\' && this.src[this.pos + 1] === '\n') this.pos += 2;
      else if (c === '#') while (!this.eof() && this.src[this.pos] !== '\n') this.pos++;
      else return;
    }
  }

  /** The operator at the cursor (after blanks), without consuming it. */
  protected operator(): string | undefined {
    this.blank();
    return OPERATORS.find((op) => this.src.startsWith(op, this.pos));
  }

  /** An unquoted plain word at the cursor (reserved-word detection), without consuming it. */
  protected peekPlain(): string | undefined {
    this.blank();
    let end = this.pos;
    while (end < this.src.length && !META.has(this.src[end])) {
      if ('\'"\\$`'.includes(this.src[end])) return undefined;
      end++;
    }
    return end > this.pos ? this.src.slice(this.pos, end) : undefined;
  }

  protected word(): Word | undefined {
    this.blank();
    const parts: WordPart[] = [];
    const literal = (text: string, quoted: boolean) => {
      const last = parts.at(-1);
      if (last?.kind === 'literal' && last.quoted === quoted) last.text += text;
      else parts.push({ kind: 'literal', text, quoted });
    };
    while (!this.eof()) {
      const c = this.src[this.pos];
      if (META.has(c)) break;
      if (c === "'") {
        const end = this.src.indexOf("'", this.pos + 1);
        if (end === -1) throw new ShellSyntaxError("'", 'unterminated-quote');
        literal(this.src.slice(this.pos + 1, end), true);
        this.pos = end + 1;
      } else if (c === '"') {
        this.pos++;
        this.double(parts, literal);
      } else if (c === '\\') {
        const next = this.src[this.pos + 1];
        this.pos += 2;
        if (next !== undefined && next !== '\n') literal(next, true);
      } else if (c === '$') {
        parts.push(this.dollar(false) ?? { kind: 'literal', text: '$', quoted: false });
      } else if (c === '`') {
        parts.push(this.backtick(false));
      } else {
        literal(c, false);
        this.pos++;
      }
    }
    return parts.length > 0 ? { parts } : undefined;
  }

  private double(parts: WordPart[], literal: (text: string, quoted: boolean) => void): void {
    literal('', true);
    for (;;) {
      if (this.eof()) throw new ShellSyntaxError('"', 'unterminated-quote');
      const c = this.src[this.pos];
      if (c === '"') {
        this.pos++;
        return;
      }
      if (c === '\\' && '$`"\\\n'.includes(this.src[this.pos + 1] ?? '')) {
        if (this.src[this.pos + 1] !== '\n') literal(this.src[this.pos + 1], true);
        this.pos += 2;
      } else if (c === '$') {
        const part = this.dollar(true);
        if (part) parts.push(part);
        else literal('$', true);
      } else if (c === '`') {
        parts.push(this.backtick(true));
      } else {
        literal(c, true);
        this.pos++;
      }
    }
  }

  /** $name, ${...}, $(...), $((...)), $? and friends; undefined for a lone "$". */
  private dollar(quoted: boolean): WordPart | undefined {
    const next = this.src[this.pos + 1];
    if (next === '(' && this.src[this.pos + 2] === '(') {
      let end = -1;
      for (let i = this.pos + 3, depth = 0; i < this.src.length; i++) {
        if (this.src[i] === '(') depth++;
        else if (this.src[i] === ')') {
          if (depth === 0 && this.src[i + 1] === ')') {
            end = i;
            break;
          }
          depth--;
        }
      }
      if (end === -1) throw new ShellSyntaxError('$((', 'unexpected');
      const expression = this.src.slice(this.pos + 3, end);
      this.pos = end + 2;
      return { kind: 'arith', expression, quoted };
    }
    if (next === '(') {
      this.pos += 2;
      const script = this.subList();
      if (this.operator() !== ')')
        throw new ShellSyntaxError(this.eof() ? 'end of file' : this.src[this.pos], 'unexpected');
      this.pos++;
      return { kind: 'command', script, quoted };
    }
    if (next === '{') return this.braced(quoted);
    const name =
      NAME.exec(this.src.slice(this.pos + 1))?.[0] ??
      (next !== undefined && '?$#@*!-0123456789'.includes(next) ? next : undefined);
    if (name === undefined) {
      this.pos++;
      return undefined;
    }
    this.pos += 1 + name.length;
    return { kind: 'param', name, quoted };
  }

  private braced(quoted: boolean): WordPart {
    const start = this.pos;
    this.pos += 2;
    let length = false;
    if (this.src[this.pos] === '#' && this.src[this.pos + 1] !== '}') {
      length = true;
      this.pos++;
    }
    const rest = this.src.slice(this.pos);
    const name = NAME.exec(rest)?.[0] ?? (/^[?$#@*!0-9]/.test(rest) ? rest[0] : undefined);
    const close = this.src.indexOf('}', this.pos);
    if (name === undefined || close === -1)
      throw new ShellSyntaxError(this.src.slice(start, close === -1 ? undefined : close + 1), 'bad-substitution');
    this.pos += name.length;
    if (length || this.src[this.pos] === '}') {
      if (this.src[this.pos] !== '}') throw new ShellSyntaxError(this.src.slice(start, close + 1), 'bad-substitution');
      this.pos++;
      return { kind: 'param', name, quoted, ...(length ? { op: 'length' as const } : {}) };
    }
    const op = PARAM_OPS.find((candidate) => this.src.startsWith(candidate, this.pos));
    if (!op) throw new ShellSyntaxError(this.src.slice(start, close + 1), 'bad-substitution');
    this.pos += op.length;
    const arg = this.argument(quoted);
    return { kind: 'param', name, op, arg, quoted };
  }

  /** The word of ${VAR:-word}: blanks are literal; quotes and expansions work; ends at the matching }. */
  private argument(quoted: boolean): Word {
    const parts: WordPart[] = [];
    const literal = (text: string, q: boolean) => {
      const last = parts.at(-1);
      if (last?.kind === 'literal' && last.quoted === q) last.text += text;
      else parts.push({ kind: 'literal', text, quoted: q });
    };
    for (;;) {
      if (this.eof()) throw new ShellSyntaxError('${', 'bad-substitution');
      const c = this.src[this.pos];
      if (c === '}') {
        this.pos++;
        return { parts };
      }
      if (c === "'" && !quoted) {
        const end = this.src.indexOf("'", this.pos + 1);
        if (end === -1) throw new ShellSyntaxError("'", 'unterminated-quote');
        literal(this.src.slice(this.pos + 1, end), true);
        this.pos = end + 1;
      } else if (c === '"') {
        this.pos++;
        this.double(parts, literal);
      } else if (c === '$') {
        parts.push(this.dollar(quoted) ?? { kind: 'literal', text: '$', quoted });
      } else if (c === '\\' && this.pos + 1 < this.src.length) {
        literal(this.src[this.pos + 1], true);
        this.pos += 2;
      } else {
        literal(c, quoted);
        this.pos++;
      }
    }
  }

  private backtick(quoted: boolean): WordPart {
    const end = this.src.indexOf('`', this.pos + 1);
    if (end === -1) throw new ShellSyntaxError('`', 'unterminated-quote');
    const inner = this.src.slice(this.pos + 1, end).replace(/\\([$`\\])/g, '$1');
    this.pos = end + 1;
    return { kind: 'command', script: this.parseNested(inner), quoted };
  }

  protected abstract parseNested(src: string): List;
}
