import { scanLabelSelector, type Token } from './lexer';

function tokens(text: string): Token[] {
  return scanLabelSelector(text).map((item) => item.token);
}

describe('scanLabelSelector', () => {
  // Upstream TestLexer: the first token and its literal.
  it.each<[string, Token]>([
    ['', 'EndOfString'],
    [',', 'Comma'],
    ['notin', 'NotIn'],
    ['in', 'In'],
    ['=', 'Equals'],
    ['==', 'DoubleEquals'],
    ['>', 'GreaterThan'],
    ['<', 'LessThan'],
    ['!', 'DoesNotExist'],
    ['!=', 'NotEquals'],
    ['(', 'OpenPar'],
    [')', 'ClosedPar'],
    ['~', 'Identifier'],
    ['||', 'Identifier'],
  ])('lexes %j as %s', (text, token) => {
    const [first] = scanLabelSelector(text);
    expect(first).toEqual({ token, literal: text });
  });

  // Upstream TestLexerSequence / TestParserLookahead.
  it.each<[string, Token[]]>([
    ['key in ( value )', ['Identifier', 'In', 'OpenPar', 'Identifier', 'ClosedPar']],
    ['key notin ( value )', ['Identifier', 'NotIn', 'OpenPar', 'Identifier', 'ClosedPar']],
    ['key in ( value1, value2 )', ['Identifier', 'In', 'OpenPar', 'Identifier', 'Comma', 'Identifier', 'ClosedPar']],
    ['key', ['Identifier']],
    ['!key', ['DoesNotExist', 'Identifier']],
    ['()', ['OpenPar', 'ClosedPar']],
    ['x in (),y', ['Identifier', 'In', 'OpenPar', 'ClosedPar', 'Comma', 'Identifier']],
    ['== != (), = notin', ['DoubleEquals', 'NotEquals', 'OpenPar', 'ClosedPar', 'Comma', 'Equals', 'NotIn']],
    ['key>2', ['Identifier', 'GreaterThan', 'Identifier']],
    ['key<1', ['Identifier', 'LessThan', 'Identifier']],
  ])('lexes %j in sequence', (text, expected) => {
    expect(tokens(text)).toEqual([...expected, 'EndOfString']);
  });

  it('splits operators greedily but only into known tokens', () => {
    expect(scanLabelSelector('x>=1')).toEqual([
      { token: 'Identifier', literal: 'x' },
      { token: 'GreaterThan', literal: '>' },
      { token: 'Equals', literal: '=' },
      { token: 'Identifier', literal: '1' },
      { token: 'EndOfString', literal: '' },
    ]);
  });

  it('treats tab, CR and LF as whitespace', () => {
    expect(tokens('\ta\r\n,\nb')).toEqual(['Identifier', 'Comma', 'Identifier', 'EndOfString']);
  });
});
