import { DomainError } from '@ksb/errors';
import { MAX_MANIFEST_BYTES, manifestEntries } from './manifest-documents';

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec: { replicas: 1 }`;

describe('manifestEntries', () => {
  it('splits documents, skips empty ones and puts namespaced objects in the default namespace', () => {
    const entries = manifestEntries(
      `${deployment}\n---\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: lab}\n`,
      'default',
    );
    expect(entries.map((e) => [e.index, e.kind, e.name, e.namespace, e.definition?.storeName])).toEqual([
      [0, 'Deployment', 'web', 'default', 'deployments.apps'],
      [1, 'Namespace', 'lab', null, 'namespaces'],
    ]);
    expect(entries.every((e) => e.problem === undefined)).toBe(true);
  });

  it('keeps an explicit namespace and expands List items', () => {
    const list = JSON.stringify({
      apiVersion: 'v1',
      kind: 'List',
      items: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a', namespace: 'lab' } }],
    });
    expect(manifestEntries(list, 'default').map((e) => [e.kind, e.namespace])).toEqual([['ConfigMap', 'lab']]);
  });

  it('reports an unknown kind and missing fields per object, with field paths', () => {
    const [unknown, nameless] = manifestEntries(
      'apiVersion: v1\nkind: Podd\nmetadata: {name: x}\n---\napiVersion: v1\nkind: Pod\n',
      'default',
    );
    expect(unknown.problem?.causes).toEqual([
      { field: 'kind', message: 'no matches for kind "Podd" in version "v1"', reason: 'FieldValueNotSupported' },
    ]);
    expect(nameless.problem?.causes.map((c) => c.field)).toEqual(['metadata.name']);
  });

  it('refuses the whole manifest when it is not YAML, empty or too large', () => {
    const codeOf = (manifest: string) => {
      try {
        manifestEntries(manifest, 'default');
        return 'ok';
      } catch (error) {
        return error instanceof DomainError ? error.code : 'other';
      }
    };
    expect(codeOf('kind: [unclosed')).toBe('BAD_REQUEST');
    expect(codeOf('---\n---\n')).toBe('BAD_REQUEST');
    expect(codeOf(`# ${'x'.repeat(MAX_MANIFEST_BYTES)}`)).toBe('PAYLOAD_TOO_LARGE');
  });
});
