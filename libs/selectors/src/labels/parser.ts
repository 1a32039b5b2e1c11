import { SelectorError } from '../selector-error';
import { compareGoStrings } from '@ksb/validation';
import { NIL_PATH } from '@ksb/validation';
import { scanLabelSelector, type ScannedItem, type Token } from './lexer';
import { labelKeyError, newRequirement } from './requirement';
import { sortByKey } from './sort-by-key';
import { BINARY_OPERATORS, type SelectionOperator } from './selection-operator';
import type { LabelRequirement, LabelSelector } from './types';

// A port of upstream's recursive-descent parser; error texts are upstream's, byte for byte.

/** In value position the keywords "in"/"notin" are ordinary identifiers (e.g. "x in (in)"). */
type Context = 'KeyAndOperator' | 'Values';

const OPERATOR_TOKENS: ReadonlyMap<Token, SelectionOperator> = new Map<Token, SelectionOperator>([
  ['In', 'in'],
  ['Equals', '='],
  ['DoubleEquals', '=='],
  ['GreaterThan', 'gt'],
  ['LessThan', 'lt'],
  ['NotIn', 'notin'],
  ['NotEquals', '!='],
]);

function fail(message: string): never {
  throw new SelectorError(message);
}

function inContext(item: ScannedItem, context: Context): ScannedItem {
  const keyword = item.token === 'In' || item.token === 'NotIn';
  return context === 'Values' && keyword ? { token: 'Identifier', literal: item.literal } : item;
}

class Parser {
  private position = 0;

  constructor(private readonly items: readonly ScannedItem[]) {}

  parse(): LabelRequirement[] {
    const requirements: LabelRequirement[] = [];
    for (;;) {
      const { token, literal } = this.lookahead('Values');
      if (token === 'EndOfString') return requirements;
      if (token !== 'Identifier' && token !== 'DoesNotExist') {
        fail(`found '${literal}', expected: !, identifier, or 'end of string'`);
      }
      requirements.push(this.parseRequirementOrExplain());
      const next = this.consume('Values');
      if (next.token === 'EndOfString') return requirements;
      if (next.token !== 'Comma') {
        fail(`found '${next.literal}', expected: ',' or 'end of string'`);
      }
      const after = this.lookahead('Values');
      if (after.token !== 'Identifier' && after.token !== 'DoesNotExist') {
        fail(`found '${after.literal}', expected: identifier after ','`);
      }
    }
  }

  private lookahead(context: Context): ScannedItem {
    return inContext(this.current(), context);
  }

  private consume(context: Context): ScannedItem {
    const item = this.current();
    this.position++;
    return inContext(item, context);
  }

  // Clamped so a malformed tail can never read past the EndOfString item.
  private current(): ScannedItem {
    return (
      this.items[Math.min(this.position, this.items.length - 1)] ?? {
        token: 'EndOfString',
        literal: '',
      }
    );
  }

  private parseRequirementOrExplain(): LabelRequirement {
    try {
      return this.parseRequirement();
    } catch (error) {
      if (error instanceof SelectorError) {
        fail(`unable to parse requirement: ${error.message}`);
      }
      throw error;
    }
  }

  private parseRequirement(): LabelRequirement {
    const { key, unary } = this.parseKeyAndInferOperator();
    if (unary !== undefined) return newRequirement(key, unary, []);
    const operator = this.parseOperator();
    const values = operator === 'in' || operator === 'notin' ? this.parseValues() : this.parseExactValue();
    // Upstream collects values in a set and lists it sorted, which also removes duplicates.
    return newRequirement(key, operator, [...values].sort(compareGoStrings));
  }

  /** A bare key means Exists and "!key" DoesNotExist; otherwise a binary operator follows. */
  private parseKeyAndInferOperator(): {
    key: string;
    unary: SelectionOperator | undefined;
  } {
    let item = this.consume('Values');
    const negated = item.token === 'DoesNotExist';
    if (negated) item = this.consume('Values');
    if (item.token !== 'Identifier') {
      fail(`found '${item.literal}', expected: identifier`);
    }
    const keyError = labelKeyError(item.literal, NIL_PATH);
    if (keyError !== undefined) fail(keyError);
    const { token } = this.lookahead('Values');
    const ends = token === 'EndOfString' || token === 'Comma';
    // "!x=a" keeps DoesNotExist here and fails later at the "=", exactly as upstream does.
    const unary = negated ? '!' : ends ? 'exists' : undefined;
    return { key: item.literal, unary };
  }

  private parseOperator(): SelectionOperator {
    const { token, literal } = this.consume('KeyAndOperator');
    return OPERATOR_TOKENS.get(token) ?? fail(`found '${literal}', expected: ${BINARY_OPERATORS.join(', ')}`);
  }

  private parseValues(): Set<string> {
    const open = this.consume('Values');
    if (open.token !== 'OpenPar') fail(`found '${open.literal}' expected: '('`);
    const { token, literal } = this.lookahead('Values');
    if (token === 'ClosedPar') {
      this.consume('Values');
      return new Set(['']);
    }
    if (token !== 'Identifier' && token !== 'Comma') {
      fail(`found '${literal}', expected: ',', ')' or identifier`);
    }
    const values = this.parseIdentifiersList();
    if (this.consume('Values').token !== 'ClosedPar') {
      fail(`found '${literal}', expected: ')'`);
    }
    return values;
  }

  /** Empty entries ("(,a)", "(a,)", "(a,,b)") stand for the empty value. */
  private parseIdentifiersList(): Set<string> {
    const values = new Set<string>();
    for (;;) {
      const { token, literal } = this.consume('Values');
      if (token === 'Identifier') {
        values.add(literal);
        const next = this.lookahead('Values');
        if (next.token === 'ClosedPar') return values;
        if (next.token !== 'Comma') {
          fail(`found '${next.literal}', expected: ',' or ')'`);
        }
      } else if (token === 'Comma') {
        if (values.size === 0) values.add('');
        const next = this.lookahead('Values').token;
        if (next === 'ClosedPar') {
          values.add('');
          return values;
        }
        if (next === 'Comma') values.add('');
      } else {
        fail(`found '${literal}', expected: ',', or identifier`);
      }
    }
  }

  /** "x=" and "x=," mean the empty value. */
  private parseExactValue(): Set<string> {
    const { token } = this.lookahead('Values');
    if (token === 'EndOfString' || token === 'Comma') return new Set(['']);
    const item = this.consume('Values');
    if (item.token !== 'Identifier') {
      fail(`found '${item.literal}', expected: identifier`);
    }
    return new Set([item.literal]);
  }
}

/** Parses the `labelSelector` query syntax; the empty string selects everything. */
export function parseLabelSelector(text: string): LabelSelector {
  return sortByKey(new Parser(scanLabelSelector(text)).parse());
}
