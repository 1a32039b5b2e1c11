// The label selector lexer, ported token for token so edge cases tokenize as upstream does.

export type Token =
  | 'Error'
  | 'EndOfString'
  | 'ClosedPar'
  | 'Comma'
  | 'DoesNotExist'
  | 'DoubleEquals'
  | 'Equals'
  | 'GreaterThan'
  | 'Identifier'
  | 'In'
  | 'LessThan'
  | 'NotEquals'
  | 'NotIn'
  | 'OpenPar';

export interface ScannedItem {
  token: Token;
  literal: string;
}

const LITERAL_TOKENS: ReadonlyMap<string, Token> = new Map<string, Token>([
  [')', 'ClosedPar'],
  [',', 'Comma'],
  ['!', 'DoesNotExist'],
  ['==', 'DoubleEquals'],
  ['=', 'Equals'],
  ['>', 'GreaterThan'],
  ['in', 'In'],
  ['<', 'LessThan'],
  ['!=', 'NotEquals'],
  ['notin', 'NotIn'],
  ['(', 'OpenPar'],
]);

// Upstream's reader returns byte 0 at the end, so a NUL in the input also acts as an end.
const END = '\0';

function isWhitespace(character: string): boolean {
  return character === ' ' || character === '\t' || character === '\r' || character === '\n';
}

const SPECIAL_SYMBOLS: ReadonlySet<string> = new Set(['=', '!', '(', ')', ',', '>', '<']);

function isSpecialSymbol(character: string): boolean {
  return SPECIAL_SYMBOLS.has(character);
}

class Lexer {
  private position = 0;

  constructor(private readonly text: string) {}

  lex(): ScannedItem {
    const character = this.skipWhitespace(this.read());
    if (character === END) return { token: 'EndOfString', literal: '' };
    this.unread();
    return isSpecialSymbol(character) ? this.scanSpecialSymbol() : this.scanIdentifierOrKeyword();
  }

  private read(): string {
    if (this.position >= this.text.length) return END;
    return this.text.charAt(this.position++);
  }

  private unread(): void {
    this.position--;
  }

  private skipWhitespace(first: string): string {
    let character = first;
    while (isWhitespace(character)) character = this.read();
    return character;
  }

  private scanIdentifierOrKeyword(): ScannedItem {
    let buffer = '';
    for (;;) {
      const character = this.read();
      if (character === END) break;
      if (isSpecialSymbol(character) || isWhitespace(character)) {
        this.unread();
        break;
      }
      buffer += character;
    }
    return {
      token: LITERAL_TOKENS.get(buffer) ?? 'Identifier',
      literal: buffer,
    };
  }

  // Longest operator wins: "!=" over "!", but "=(" stops after "=".
  private scanSpecialSymbol(): ScannedItem {
    let last: ScannedItem | undefined;
    let buffer = '';
    for (;;) {
      const character = this.read();
      if (character === END) break;
      if (!isSpecialSymbol(character)) {
        this.unread();
        break;
      }
      buffer += character;
      const token = LITERAL_TOKENS.get(buffer);
      if (token !== undefined) last = { token, literal: buffer };
      else if (last !== undefined) {
        this.unread();
        break;
      }
    }
    return (
      last ?? {
        token: 'Error',
        literal: `error expected: keyword found '${buffer}'`,
      }
    );
  }
}

/** All tokens of `text`, always ending with one EndOfString item. */
export function scanLabelSelector(text: string): ScannedItem[] {
  const lexer = new Lexer(text);
  const items: ScannedItem[] = [];
  for (;;) {
    const item = lexer.lex();
    items.push(item);
    if (item.token === 'EndOfString') return items;
  }
}
