import type { ResourceObject } from '../objects/resource-object';
import { RESOURCE_DEFINITIONS } from './definitions';

const NOW = new Date('2025-01-01T00:00:00Z');

const bare: ResourceObject = { metadata: { name: 'x' } };
// Wrong types everywhere a printer reads: printing must fall back, never throw.
const odd: ResourceObject = {
  metadata: { name: 'x', creationTimestamp: 'yesterday', labels: { a: 'b' } },
  spec: 'not an object',
  status: { conditions: 'none', containerStatuses: [null, 3], loadBalancer: { ingress: 'x' } },
  subsets: [{ addresses: 'x', ports: [null] }],
  data: ['a'],
  endpoints: 7,
  containers: [{ usage: { cpu: 5 } }],
};

describe.each(RESOURCE_DEFINITIONS.map((d) => [d.storeName, d] as const))('%s', (_, definition) => {
  it('fills every column with a printable cell', () => {
    for (const object of [bare, odd]) {
      const cells = definition.printer.row(object, NOW);
      expect(cells).toHaveLength(definition.printer.columns.length);
      for (const cell of cells) expect(['string', 'number', 'boolean']).toContain(typeof cell);
    }
  });

  it('starts with the name column and puts wide columns last', () => {
    const names = definition.printer.columns.map((column) => column.name);
    if (definition.kind !== 'Event') expect(names[0]).toBe('Name');
    const priorities = definition.printer.columns.map((column) => column.priority);
    if (definition.kind !== 'Event') expect([...priorities].sort()).toEqual(priorities);
  });

  it('is frozen and complete', () => {
    expect(Object.isFrozen(definition)).toBe(true);
    expect(definition.storeName).toBe(
      definition.group ? `${definition.plural}.${definition.group}` : definition.plural,
    );
    expect(definition.apiVersion).toBe(
      definition.group ? `${definition.group}/${definition.version}` : definition.version,
    );
    expect(definition.verbs.length).toBeGreaterThan(0);
  });
});
