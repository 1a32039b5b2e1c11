import type { JsonObject } from '../json-value';
import { compareObjects } from './compare-objects';
import { removeItems } from './remove-items';
import { FieldSet } from './field-set';
import { podTemplateSchema } from './spec-fixtures';

const web = 'k:{"name":"web"}';
const sidecar = 'k:{"name":"sidecar"}';
const containersPath = ['f:spec', 'f:containers'];

describe('compareObjects', () => {
  it('records changed leaves, and items that appear or vanish as a whole', () => {
    const before = {
      spec: {
        replicas: 1,
        containers: [
          { name: 'web', image: 'a' },
          { name: 'sidecar', image: 's' },
        ],
      },
    };
    const after = {
      spec: {
        replicas: 2,
        paused: true,
        containers: [{ name: 'web', image: 'b', resources: { limits: { cpu: '1' } } }],
      },
    };
    const { added, modified, removed } = compareObjects(before, after, podTemplateSchema);
    expect(modified.paths()).toEqual([
      ['f:spec', 'f:replicas'],
      [...containersPath, web, 'f:image'],
    ]);
    expect(added.paths()).toEqual([
      ['f:spec', 'f:paused'],
      [...containersPath, web, 'f:resources'],
      [...containersPath, web, 'f:resources', 'f:limits'],
      [...containersPath, web, 'f:resources', 'f:limits', 'f:cpu'],
    ]);
    expect(removed.paths()).toEqual([
      [...containersPath, sidecar],
      [...containersPath, sidecar, 'f:image'],
      [...containersPath, sidecar, 'f:name'],
    ]);
  });

  it('treats nested objects of a created object as the skeleton upstream compares against', () => {
    const created = {
      spec: { strategy: { rollingUpdate: { maxSurge: 1 } }, template: { metadata: { labels: { a: 'b' } } } },
    };
    const { added } = compareObjects({}, created, podTemplateSchema, { creation: true });
    expect(added.paths()).toEqual([
      ['f:spec', 'f:strategy', 'f:rollingUpdate'],
      ['f:spec', 'f:strategy', 'f:rollingUpdate', 'f:maxSurge'],
      ['f:spec', 'f:template', 'f:metadata', 'f:labels'],
      ['f:spec', 'f:template', 'f:metadata', 'f:labels', 'f:a'],
    ]);
  });
});

describe('removeItems', () => {
  it('removes members with everything below them, and what the removal empties', () => {
    const object: JsonObject = {
      metadata: { labels: { a: '1' } },
      spec: { replicas: 2, containers: [{ name: 'web' }, { name: 'sidecar', image: 's' }] },
    };
    const set = FieldSet.of([
      ['f:metadata', 'f:labels', 'f:a'],
      [...containersPath, sidecar],
      ['f:spec', 'f:replicas'],
    ]);
    expect(removeItems(object, set, podTemplateSchema)).toEqual({
      metadata: {},
      spec: { containers: [{ name: 'web' }] },
    });
  });
});
