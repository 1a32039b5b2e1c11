/** $((...)): integer arithmetic with variables, as POSIX sh evaluates it (no assignments). */
export class ArithmeticError extends Error {
  override readonly name = 'ArithmeticError';
}

const TOKEN = /\s*(\d+|[A-Za-z_][A-Za-z0-9_]*|\*\*|<=|>=|==|!=|&&|\|\||<<|>>|[-+*/%()<>!~&|^])/y;

const BINARY: readonly (readonly string[])[] = [
  ['||'],
  ['&&'],
  ['|'],
  ['^'],
  ['&'],
  ['==', '!='],
  ['<', '>', '<=', '>='],
  ['<<', '>>'],
  ['+', '-'],
  ['*', '/', '%'],
];

function apply(op: string, a: number, b: number): number {
  switch (op) {
    case '||':
      return a || b ? 1 : 0;
    case '&&':
      return a && b ? 1 : 0;
    case '|':
      return a | b;
    case '^':
      return a ^ b;
    case '&':
      return a & b;
    case '==':
      return a === b ? 1 : 0;
    case '!=':
      return a !== b ? 1 : 0;
    case '<':
      return a < b ? 1 : 0;
    case '>':
      return a > b ? 1 : 0;
    case '<=':
      return a <= b ? 1 : 0;
    case '>=':
      return a >= b ? 1 : 0;
    case '<<':
      return a << b;
    case '>>':
      return a >> b;
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
    case '%':
      if (b === 0) throw new ArithmeticError('division by zero');
      return op === '/' ? Math.trunc(a / b) : a % b;
    default:
      throw new ArithmeticError(`syntax error: operator ${op}`);
  }
}

export function evaluateArithmetic(expression: string, lookup: (name: string) => string | undefined): number {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let index = 0;
  while (expression.slice(index).trim() !== '') {
    TOKEN.lastIndex = index;
    const match = TOKEN.exec(expression);
    if (!match) throw new ArithmeticError(`arithmetic syntax error: "${expression.trim()}"`);
    tokens.push(match[1]);
    index = TOKEN.lastIndex;
  }
  let pos = 0;
  const value = (name: string): number => {
    const text = (lookup(name) ?? '').trim();
    if (text === '') return 0;
    const n = Number(text);
    return Number.isInteger(n) ? n : evaluateArithmetic(text, lookup);
  };
  const unary = (): number => {
    const t = tokens[pos++];
    if (t === undefined) throw new ArithmeticError(`arithmetic syntax error: "${expression.trim()}"`);
    if (t === '-') return -unary();
    if (t === '+') return unary();
    if (t === '!') return unary() === 0 ? 1 : 0;
    if (t === '~') return ~unary();
    if (t === '(') {
      const v = binary(0);
      if (tokens[pos++] !== ')') throw new ArithmeticError('missing )');
      return v;
    }
    if (/^\d+$/.test(t)) return Number(t);
    if (/^[A-Za-z_]/.test(t)) return value(t);
    throw new ArithmeticError(`arithmetic syntax error: "${expression.trim()}"`);
  };
  const binary = (level: number): number => {
    if (level >= BINARY.length) return unary();
    let left = binary(level + 1);
    while (pos < tokens.length && BINARY[level].includes(tokens[pos])) {
      const op = tokens[pos++];
      left = apply(op, left, binary(level + 1));
    }
    return left;
  };
  const result = binary(0);
  if (pos !== tokens.length) throw new ArithmeticError(`arithmetic syntax error: "${expression.trim()}"`);
  return result;
}
