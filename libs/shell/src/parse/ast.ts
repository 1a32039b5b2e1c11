/** The shell's syntax tree: a POSIX sh subset (no case, functions or here-documents). */

export type WordPart =
  | { kind: 'literal'; text: string; quoted: boolean }
  | { kind: 'param'; name: string; op?: ParamOp; arg?: Word; quoted: boolean }
  | { kind: 'command'; script: List; quoted: boolean }
  | { kind: 'arith'; expression: string; quoted: boolean };

/** ${VAR:-word} and friends; `length` is ${#VAR}. */
export type ParamOp = ':-' | '-' | ':=' | '=' | ':+' | '+' | ':?' | '?' | 'length';

export interface Word {
  parts: WordPart[];
}

export interface Redirect {
  fd: number;
  /** >& and <& duplicate a descriptor ("2>&1"); the target names it. */
  op: '>' | '>>' | '<' | '>&' | '<&';
  target: Word;
}

export interface Assignment {
  name: string;
  value: Word;
}

export interface SimpleCommand {
  kind: 'simple';
  assignments: Assignment[];
  words: Word[];
  redirects: Redirect[];
}

export interface IfCommand {
  kind: 'if';
  clauses: { condition: List; body: List }[];
  otherwise?: List;
  redirects: Redirect[];
}

export interface LoopCommand {
  kind: 'while';
  until: boolean;
  condition: List;
  body: List;
  redirects: Redirect[];
}

export interface ForCommand {
  kind: 'for';
  name: string;
  /** Undefined for `for x; do` (the positional parameters). */
  items?: Word[];
  body: List;
  redirects: Redirect[];
}

export interface GroupCommand {
  kind: 'group' | 'subshell';
  body: List;
  redirects: Redirect[];
}

export type Command = SimpleCommand | IfCommand | LoopCommand | ForCommand | GroupCommand;

export interface Pipeline {
  negated: boolean;
  commands: Command[];
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}

export interface List {
  items: { andOr: AndOr; background: boolean }[];
}
