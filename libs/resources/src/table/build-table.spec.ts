import { NAMESPACES } from '../kinds/core/namespaces';
import type { ResourceObject } from '../objects/resource-object';
import { buildTable } from './build-table';

const NOW = new Date('2025-01-01T00:10:00Z');

const namespace = (name: string): ResourceObject => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name, uid: `uid-${name}`, resourceVersion: '7', creationTimestamp: '2025-01-01T00:00:00Z' },
  spec: { finalizers: ['kubernetes'] },
  status: { phase: 'Active' },
});

describe('buildTable', () => {
  const items = [namespace('default'), namespace('kube-system')];

  it('builds a meta.k8s.io/v1 Table with PartialObjectMetadata rows by default', () => {
    const table = buildTable(NAMESPACES, items, { resourceVersion: '42' }, NOW);
    expect(table.kind).toBe('Table');
    expect(table.apiVersion).toBe('meta.k8s.io/v1');
    expect(table.metadata).toEqual({ resourceVersion: '42' });
    expect(table.columnDefinitions.map(({ description: _, ...column }) => column)).toEqual([
      { name: 'Name', type: 'string', format: 'name', priority: 0 },
      { name: 'Status', type: 'string', format: '', priority: 0 },
      { name: 'Age', type: 'string', format: '', priority: 0 },
    ]);
    for (const column of table.columnDefinitions) expect(column.description).not.toBe('');
    expect(table.rows).toEqual([
      {
        cells: ['default', 'Active', '10m'],
        object: { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: items[0].metadata },
      },
      {
        cells: ['kube-system', 'Active', '10m'],
        object: { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: items[1].metadata },
      },
    ]);
  });

  it('embeds the full object for includeObject=Object and none for None', () => {
    expect(buildTable(NAMESPACES, items, { includeObject: 'Object' }, NOW).rows[0].object).toBe(items[0]);
    expect(buildTable(NAMESPACES, items, { includeObject: 'None' }, NOW).rows[0].object).toBeNull();
  });

  it('carries the continue token and remaining count of a paged list', () => {
    const table = buildTable(NAMESPACES, items, { resourceVersion: '9', continue: 'abc', remainingItemCount: 3 }, NOW);
    expect(table.metadata).toEqual({ resourceVersion: '9', continue: 'abc', remainingItemCount: 3 });
  });

  it('sends every column, wide ones with priority 1', () => {
    const table = buildTable(
      {
        printer: {
          columns: [
            { name: 'Name', type: 'string', format: 'name', description: '', priority: 0 },
            { name: 'Node', type: 'string', format: '', description: '', priority: 1 },
          ],
          row: (object) => [object.metadata.name ?? '', 'node-1'],
        },
      },
      items,
      {},
      NOW,
    );
    expect(table.columnDefinitions.map((c) => [c.name, c.priority])).toEqual([
      ['Name', 0],
      ['Node', 1],
    ]);
    expect(table.rows[0].cells).toEqual(['default', 'node-1']);
    expect(table.metadata).toEqual({});
  });

  it('adds row conditions only where the printer reports some', () => {
    const printer = {
      columns: NAMESPACES.printer.columns,
      row: NAMESPACES.printer.row,
      conditions: (object: ResourceObject) =>
        object.metadata.name === 'default'
          ? [{ type: 'Completed', status: 'True', reason: 'Succeeded', message: 'done' }]
          : [],
    };
    const [first, second] = buildTable({ printer }, items, {}, NOW).rows;
    expect(first.conditions).toHaveLength(1);
    expect(second).not.toHaveProperty('conditions');
  });

  it('builds an empty table for no items', () => {
    expect(buildTable(NAMESPACES, [], { resourceVersion: '1' }, NOW).rows).toEqual([]);
  });
});
