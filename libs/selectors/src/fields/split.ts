// Tokenizing of field selectors: terms split on unescaped commas, each term on its first operator.

/** Comma-separated terms; escaped commas stay inside a term, backslash included. */
export function splitTerms(selector: string): string[] {
  if (selector.length === 0) return [];
  const terms: string[] = [];
  let start = 0;
  let inSlash = false;
  for (let index = 0; index < selector.length; index++) {
    const character = selector.charAt(index);
    if (inSlash) inSlash = false;
    else if (character === '\\') inSlash = true;
    else if (character === ',') {
      terms.push(selector.slice(start, index));
      start = index + 1;
    }
  }
  terms.push(selector.slice(start));
  return terms;
}

export type TermOperator = '!=' | '==' | '=';

export interface SplitTerm {
  lhs: string;
  operator: TermOperator;
  rhs: string;
}

// "==" is tried before "=" so the value does not keep a leading "=".
const TERM_OPERATORS: readonly TermOperator[] = ['!=', '==', '='];

/** Splits at the first operator; field names cannot escape anything. Undefined if none. */
export function splitTerm(term: string): SplitTerm | undefined {
  for (let index = 0; index < term.length; index++) {
    const remaining = term.slice(index);
    const operator = TERM_OPERATORS.find((candidate) => remaining.startsWith(candidate));
    if (operator !== undefined) {
      return {
        lhs: term.slice(0, index),
        operator,
        rhs: term.slice(index + operator.length),
      };
    }
  }
  return undefined;
}
