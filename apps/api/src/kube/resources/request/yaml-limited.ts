import { type CST, Composer, Parser, YAMLError } from 'yaml';
import { DomainError } from '@ksb/errors';
import { MAX_BODY_DEPTH, MAX_YAML_ALIASES } from './body-limits';

// How the API server words YAML it cannot decode (apply patches go through sigs.k8s.io/yaml).
const PREFIX = 'error decoding YAML: error converting YAML to JSON: yaml:';

const refuse = (detail: string) => new DomainError('BAD_REQUEST', `${PREFIX} ${detail}`);

export interface YamlLimits {
  maxDepth?: number;
  maxAliases?: number;
}

/**
 * Parses one YAML document (an application/apply-patch+yaml body) into plain JSON values, as YAML 1.1
 * like the API server's go-yaml v2 (yes/no/on/off are booleans, later duplicate keys win), refusing
 * with 400 BadRequest: syntax errors, more than one document, collections nested deeper than
 * `maxDepth`, and alias expansion beyond `maxAliases` (alias bombs). An empty document is null.
 */
export function parseYamlLimited(text: string, limits: YamlLimits = {}): unknown {
  const documents = parseYamlDocuments(text, limits);
  if (documents.length > 1) throw refuse('expected a single document in the request body');
  return documents[0] ?? null;
}

/**
 * The same for a multi-document stream (a manifest with `---` separators): every document as plain JSON,
 * empty ones as null, with the same depth and alias limits on each.
 */
export function parseYamlDocuments(text: string, limits: YamlLimits = {}): unknown[] {
  const maxDepth = limits.maxDepth ?? MAX_BODY_DEPTH;
  // The parser builds the syntax tree without recursion; the depth is checked on it before the
  // (recursive) composer and toJS walk it.
  const tokens = [...new Parser().parse(text)];
  if (depthOf(tokens, maxDepth) > maxDepth) throw refuse(`exceeded max depth of ${maxDepth}`);
  const documents = [...new Composer({ version: '1.1', uniqueKeys: false }).compose(tokens)];
  return documents.map((document) => {
    const error = document.errors[0];
    if (error) throw refuse(describe(error, text));
    try {
      return document.toJS({ maxAliasCount: limits.maxAliases ?? MAX_YAML_ALIASES }) as unknown;
    } catch (failure) {
      if (failure instanceof ReferenceError && /alias/i.test(failure.message)) {
        throw refuse('document contains excessive aliasing');
      }
      throw failure;
    }
  });
}

/** `line N: message`, go-yaml's form, from the first line of the yaml package's message. */
function describe(error: YAMLError, text: string): string {
  const line = error.linePos?.[0].line ?? text.slice(0, error.pos[0]).split('\n').length;
  const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return `line ${line}: ${message}`;
}

/** The deepest collection nesting in the syntax tree, stopping once past `limit`. */
function depthOf(tokens: CST.Token[], limit: number): number {
  let deepest = 0;
  const stack: Array<[CST.Token | null | undefined, number]> = tokens.map((token) => [token, 0]);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [token, depth] = next;
    if (!token) continue;
    if (token.type === 'document') {
      stack.push([token.value, depth]);
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      const inner = depth + 1;
      deepest = Math.max(deepest, inner);
      if (deepest > limit) return deepest;
      for (const item of token.items) {
        if ('key' in item) stack.push([item.key, inner]);
        stack.push([item.value, inner]);
      }
    }
  }
  return deepest;
}
