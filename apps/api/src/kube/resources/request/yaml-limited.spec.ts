import { DomainError } from '@ksb/errors';
import { parseYamlLimited } from './yaml-limited';

function refusal(text: string, limits = {}): string {
  try {
    parseYamlLimited(text, limits);
    return 'OK';
  } catch (error) {
    if (error instanceof DomainError) return `${error.code}: ${error.message}`;
    throw error;
  }
}

describe('parseYamlLimited', () => {
  it('parses one document as the API server does (YAML 1.1, later duplicate keys win)', () => {
    expect(
      parseYamlLimited('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: "1"\n  b: yes\n  a: "2"\n'),
    ).toEqual({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, data: { a: '2', b: true } });
    expect(parseYamlLimited('{"json": ["is", "yaml"]}')).toEqual({ json: ['is', 'yaml'] });
    expect(parseYamlLimited('base: &b {x: 1}\nuse: *b\n')).toEqual({ base: { x: 1 }, use: { x: 1 } });
    expect(parseYamlLimited('')).toBeNull();
  });

  it('refuses alias bombs', () => {
    const bomb = [
      'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
    ].join('\n');
    expect(refusal(bomb)).toBe(
      'BAD_REQUEST: error decoding YAML: error converting YAML to JSON: yaml: document contains excessive aliasing',
    );
  });

  it('refuses nesting deeper than the limit, in block and flow style, before composing it', () => {
    const block = (depth: number) =>
      Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' leaf\n';
    expect(refusal(block(100))).toBe('OK');
    expect(refusal(block(101))).toBe(
      'BAD_REQUEST: error decoding YAML: error converting YAML to JSON: yaml: exceeded max depth of 100',
    );
    expect(refusal('['.repeat(200_000) + ']'.repeat(200_000))).toMatch(/exceeded max depth of 100$/);
    expect(refusal('- - - - x', { maxDepth: 3 })).toMatch(/exceeded max depth of 3$/);
    expect(refusal('- - - x', { maxDepth: 3 })).toBe('OK');
  });

  it('words syntax errors with their line, and refuses several documents', () => {
    expect(refusal('a: 1\nb: [1, 2\nc: 3\n')).toMatch(
      /^BAD_REQUEST: error decoding YAML: error converting YAML to JSON: yaml: line \d+: /,
    );
    expect(refusal('a: 1\n---\nb: 2\n')).toBe(
      'BAD_REQUEST: error decoding YAML: error converting YAML to JSON: yaml: expected a single document in the request body',
    );
  });
});
