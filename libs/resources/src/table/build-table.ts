import type { Printer } from '../definition/printer';
import type { ResourceObject } from '../objects/resource-object';
import type { IncludeObject, Table, TableMetadata, TableOptions, TableRow } from './table-types';

function rowObject(object: ResourceObject, include: IncludeObject): TableRow['object'] {
  switch (include) {
    case 'None':
      return null;
    case 'Object':
      return object;
    case 'Metadata':
      return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: object.metadata };
  }
}

function metadataOf(options: TableOptions): TableMetadata {
  const metadata: TableMetadata = {};
  if (options.resourceVersion !== undefined) metadata.resourceVersion = options.resourceVersion;
  if (options.continue) metadata.continue = options.continue;
  if (options.remainingItemCount !== undefined) metadata.remainingItemCount = options.remainingItemCount;
  return metadata;
}

/**
 * A Table of the objects with every column, wide ones included: upstream's server always prints wide and
 * kubectl drops priority > 0 columns itself unless asked for -o wide.
 */
export function buildTable(
  definition: { printer: Printer },
  items: readonly ResourceObject[],
  options: TableOptions,
  now: Date,
): Table {
  const { printer } = definition;
  const include = options.includeObject ?? 'Metadata';
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: metadataOf(options),
    columnDefinitions: printer.columns.map((column) => ({ ...column })),
    rows: items.map((object) => {
      const conditions = printer.conditions?.(object) ?? [];
      return {
        cells: printer.row(object, now),
        ...(conditions.length > 0 ? { conditions } : {}),
        object: rowObject(object, include),
      };
    }),
  };
}
