import { FieldSet } from './field-set';
import { decodeFieldsV1, encodeFieldsV1 } from './fields-v1';
import { PatchError } from '../json-value';

const web = 'k:{"name":"web"}';
const set = (...paths: string[][]) => FieldSet.of(paths);

describe('FieldSet', () => {
  it('tells members from paths merely passed through', () => {
    const fields = set(['f:spec', 'f:replicas']);
    expect(fields.has(['f:spec', 'f:replicas'])).toBe(true);
    expect(fields.has(['f:spec'])).toBe(false);
  });

  it('combines level by level, as upstream: owning .spec does not cover .spec.replicas', () => {
    const a = set(['f:spec'], ['f:spec', 'f:replicas'], ['f:data', 'f:a']);
    const b = set(['f:spec'], ['f:data', 'f:a'], ['f:data', 'f:b']);
    expect(a.difference(b).paths()).toEqual([['f:spec', 'f:replicas']]);
    expect(a.intersection(b).paths()).toEqual([['f:spec'], ['f:data', 'f:a']]);
    expect(a.union(b).paths()).toEqual([['f:spec'], ['f:data', 'f:a'], ['f:data', 'f:b'], ['f:spec', 'f:replicas']]);
    expect(a.difference(a).isEmpty()).toBe(true);
  });

  it('lists paths in upstream Iterate order: members of a level, then each child depth first', () => {
    const fields = set(['f:b', 'f:x'], ['f:a'], ['f:c'], ['f:b', 'f:w']);
    expect(fields.paths()).toEqual([['f:a'], ['f:c'], ['f:b', 'f:w'], ['f:b', 'f:x']]);
  });

  it('makes fields above owned fields members, and drops whole subtrees', () => {
    const fields = set(['f:spec', 'f:containers', web, 'f:image']);
    expect(fields.withFieldsAsMembers().paths()).toEqual([
      ['f:spec'],
      ['f:spec', 'f:containers'],
      ['f:spec', 'f:containers', web, 'f:image'],
    ]);
    expect(
      set(['f:status', 'f:phase'], ['f:spec', 'f:x'])
        .withoutSubtrees([['f:status']])
        .paths(),
    ).toEqual([['f:spec', 'f:x']]);
  });
});

describe('FieldsV1', () => {
  // The shape of an entry kubectl-client-side-apply leaves on a Deployment (trimmed).
  const fieldsV1 = {
    'f:metadata': { 'f:labels': { '.': {}, 'f:app': {} } },
    'f:spec': {
      'f:replicas': {},
      'f:template': {
        'f:spec': {
          'f:containers': {
            'k:{"name":"web"}': {
              '.': {},
              'f:image': {},
              'f:name': {},
              'f:ports': { '.': {}, 'k:{"containerPort":80,"protocol":"TCP"}': { '.': {}, 'f:containerPort': {} } },
            },
          },
        },
      },
    },
  };

  it('round-trips the upstream encoding, key order included', () => {
    const decoded = decodeFieldsV1(fieldsV1);
    expect(decoded.has(['f:metadata', 'f:labels'])).toBe(true);
    expect(decoded.has(['f:metadata'])).toBe(false);
    expect(decoded.has(['f:spec', 'f:template', 'f:spec', 'f:containers', web])).toBe(true);
    expect(JSON.stringify(encodeFieldsV1(decoded))).toBe(JSON.stringify(fieldsV1));
  });

  it('sorts on encoding and canonicalises keys on decoding', () => {
    const decoded = decodeFieldsV1({ 'f:b': {}, 'k:{"b":1,"a":2}': {}, 'f:a': {} });
    expect(Object.keys(encodeFieldsV1(decoded))).toEqual(['f:a', 'f:b', 'k:{"a":2,"b":1}']);
  });

  it('refuses what is not a field set', () => {
    expect(() => decodeFieldsV1({ 'f:a': 1 })).toThrow(PatchError);
    expect(() => decodeFieldsV1({ 'q:a': {} })).toThrow(PatchError);
    expect(() => decodeFieldsV1([])).toThrow(PatchError);
  });
});
