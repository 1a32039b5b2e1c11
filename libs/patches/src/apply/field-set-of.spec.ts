import { PatchError } from '../json-value';
import type { PatchSchema } from '../patch-schema';
import type { ApplySchema } from './apply-schema';
import { fieldSetOf } from './field-set-of';
import { encodeFieldsV1 } from './fields-v1';
import { podTemplateSchema, webDeployment } from './spec-fixtures';

describe('fieldSetOf', () => {
  it('owns the leaves of a Deployment, its container by name, and each item as a whole', () => {
    expect(encodeFieldsV1(fieldSetOf(webDeployment(), podTemplateSchema))).toEqual({
      'f:apiVersion': {},
      'f:kind': {},
      'f:metadata': { 'f:labels': { 'f:app': {} }, 'f:name': {}, 'f:namespace': {} },
      'f:spec': {
        'f:replicas': {},
        'f:selector': { 'f:matchLabels': { 'f:app': {} } },
        'f:template': {
          'f:metadata': { 'f:labels': { 'f:app': {} } },
          'f:spec': {
            'f:containers': {
              'k:{"name":"web"}': {
                '.': {},
                'f:image': {},
                'f:name': {},
                'f:ports': { 'k:{"containerPort":80}': { '.': {}, 'f:containerPort': {} } },
              },
            },
          },
        },
      },
    });
  });

  it('owns atomic lists whole, set items by value, and claims nothing with empty objects', () => {
    const config = {
      metadata: { finalizers: ['a', 'b'], annotations: {} },
      spec: { tolerations: [{ key: 'x', operator: 'Exists' }], replicas: null },
    };
    expect(fieldSetOf(config, podTemplateSchema).paths()).toEqual([
      ['f:metadata', 'f:finalizers', 'v:"a"'],
      ['f:metadata', 'f:finalizers', 'v:"b"'],
      ['f:spec', 'f:replicas'],
      ['f:spec', 'f:tolerations'],
    ]);
  });

  it('uses list-type meta when the schema has it: composite keys with defaults, atomic maps', () => {
    const schema: ApplySchema = (path) => {
      const field = path[path.length - 1];
      if (field === 'ports')
        return { listType: 'map', listMapKeys: ['containerPort', 'protocol'], listMapKeyDefaults: { protocol: 'TCP' } };
      if (field === 'selector') return { mapType: 'atomic' };
      return undefined;
    };
    const config = { spec: { selector: { matchLabels: { app: 'web' } }, ports: [{ containerPort: 80 }] } };
    expect(fieldSetOf(config, schema).paths()).toEqual([
      ['f:spec', 'f:selector'],
      ['f:spec', 'f:ports', 'k:{"containerPort":80,"protocol":"TCP"}'],
      ['f:spec', 'f:ports', 'k:{"containerPort":80,"protocol":"TCP"}', 'f:containerPort'],
    ]);
  });

  it('refuses associative list items without their key, and duplicates, as upstream words it', () => {
    const noName = { spec: { template: { spec: { containers: [{ image: 'nginx' }] } } } };
    expect(() => fieldSetOf(noName, podTemplateSchema)).toThrow(
      new PatchError(
        '.spec.template.spec.containers: element 0: associative list with keys has an element that omits key field "name" (and doesn\'t have default value)',
      ),
    );
    const twice = { spec: { template: { spec: { containers: [{ name: 'a' }, { name: 'a' }] } } } };
    expect(() => fieldSetOf(twice, podTemplateSchema)).toThrow(
      '.spec.template.spec.containers: element 1: duplicate entries for key {"name":"a"}',
    );
  });
});

describe('fieldSetOf with a PatchSchema', () => {
  it('accepts the schema strategic merge patch uses, lists merging by key becoming associative', () => {
    const patchSchema: PatchSchema = (path) =>
      path[path.length - 1] === 'containers' ? { strategy: 'merge', mergeKey: 'name' } : undefined;
    const config = { spec: { containers: [{ name: 'web' }], args: ['a'] } };
    expect(fieldSetOf(config, patchSchema).paths()).toEqual([
      ['f:spec', 'f:args'],
      ['f:spec', 'f:containers', 'k:{"name":"web"}'],
      ['f:spec', 'f:containers', 'k:{"name":"web"}', 'f:name'],
    ]);
  });
});
