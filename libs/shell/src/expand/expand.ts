import type { Word, WordPart } from '../parse/ast';
import type { Effect } from '../run/effects';
import { evaluateArithmetic } from './arithmetic';

/** What expansion needs from the running shell. */
export interface ExpansionHost {
  lookup(name: string): string | undefined;
  assign(name: string, value: string): void;
  positional(): readonly string[];
  /** Runs $(...) and returns its output with trailing newlines removed. */
  substitute(part: Extract<WordPart, { kind: 'command' }>): Generator<Effect, string, unknown>;
  /** Paths matching a glob pattern, sorted; empty when none. */
  glob(pattern: string): string[];
}

/** ${VAR:?message} with VAR unset or empty: the shell prints the message and the command fails. */
export class ParameterError extends Error {
  override readonly name = 'ParameterError';
}

const IFS = /[ \t\n]+/;

function* parameter(
  part: Extract<WordPart, { kind: 'param' }>,
  host: ExpansionHost,
): Generator<Effect, string, unknown> {
  const value = host.lookup(part.name);
  const op = part.op;
  if (op === undefined) return value ?? '';
  if (op === 'length') return String((value ?? '').length);
  const unsetOrNull = op.startsWith(':') ? value === undefined || value === '' : value === undefined;
  const arg = () => expandWord(part.arg ?? { parts: [] }, host);
  switch (op) {
    case ':-':
    case '-':
      return unsetOrNull ? yield* arg() : (value ?? '');
    case ':=':
    case '=': {
      if (!unsetOrNull) return value ?? '';
      const assigned = yield* arg();
      host.assign(part.name, assigned);
      return assigned;
    }
    case ':+':
    case '+':
      return unsetOrNull ? '' : yield* arg();
    case ':?':
    case '?': {
      if (!unsetOrNull) return value ?? '';
      const message = yield* arg();
      throw new ParameterError(`${part.name}: ${message || 'parameter not set'}`);
    }
    default: {
      const _never: never = op;
      return String(_never);
    }
  }
}

interface Segment {
  text: string;
  /** Unquoted expansion results are split on IFS. */
  split: boolean;
  /** Unquoted literal text may hold glob characters. */
  glob: boolean;
  /** "$@": one field per positional parameter. */
  fields?: readonly string[];
}

function* segments(word: Word, host: ExpansionHost): Generator<Effect, Segment[], unknown> {
  const out: Segment[] = [];
  for (const part of word.parts) {
    switch (part.kind) {
      case 'literal':
        out.push({ text: part.text, split: false, glob: !part.quoted && /[*?[]/.test(part.text) });
        break;
      case 'param':
        if (part.name === '@' && part.quoted && part.op === undefined)
          out.push({ text: '', split: false, glob: false, fields: host.positional() });
        else out.push({ text: yield* parameter(part, host), split: !part.quoted, glob: false });
        break;
      case 'command':
        out.push({ text: yield* host.substitute(part), split: !part.quoted, glob: false });
        break;
      case 'arith':
        out.push({
          text: String(evaluateArithmetic(part.expression, (name) => host.lookup(name))),
          split: !part.quoted,
          glob: false,
        });
        break;
      default: {
        const _never: never = part;
        throw new Error(`unknown word part ${JSON.stringify(_never)}`);
      }
    }
  }
  return out;
}

/** One word to its fields: parameter, command and arithmetic expansion, field splitting, globbing. */
export function* expandFields(word: Word, host: ExpansionHost): Generator<Effect, string[], unknown> {
  const fields: { text: string; glob: boolean; keep: boolean }[] = [];
  let current: { text: string; glob: boolean; keep: boolean } | undefined;
  const open = () => (current ??= { text: '', glob: false, keep: false });
  const close = () => {
    if (current && (current.text !== '' || current.keep)) fields.push(current);
    current = undefined;
  };
  const quotedEmpty = word.parts.some((p) => p.kind === 'literal' && p.quoted);
  for (const segment of yield* segments(word, host)) {
    if (segment.fields) {
      segment.fields.forEach((field, i) => {
        if (i > 0) close();
        open().text += field;
        open().keep = true;
      });
    } else if (segment.split) {
      const pieces = segment.text.split(IFS);
      pieces.forEach((piece, i) => {
        if (i > 0) close();
        if (piece !== '') open().text += piece;
      });
    } else {
      const field = open();
      field.text += segment.text;
      field.glob ||= segment.glob;
      field.keep ||= quotedEmpty;
    }
  }
  close();
  return fields.flatMap((field) => {
    if (!field.glob) return [field.text];
    const matches = host.glob(field.text);
    return matches.length > 0 ? matches : [field.text];
  });
}

export function* expandWords(words: readonly Word[], host: ExpansionHost): Generator<Effect, string[], unknown> {
  const out: string[] = [];
  for (const word of words) out.push(...(yield* expandFields(word, host)));
  return out;
}

/** One word to one string, without splitting or globbing (assignments, redirect targets). */
export function* expandWord(word: Word, host: ExpansionHost): Generator<Effect, string, unknown> {
  let text = '';
  for (const segment of yield* segments(word, host)) text += segment.fields ? segment.fields.join(' ') : segment.text;
  return text;
}
