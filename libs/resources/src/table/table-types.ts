import type { PrinterColumn, RowCondition, TableCell } from '../definition/printer';
import type { ObjectMetadata, ResourceObject } from '../objects/resource-object';

/** ?includeObject= of a Table request; Metadata is upstream's default. */
export type IncludeObject = 'None' | 'Metadata' | 'Object';

export interface PartialObjectMetadata {
  kind: 'PartialObjectMetadata';
  apiVersion: 'meta.k8s.io/v1';
  metadata: ObjectMetadata;
}

export interface TableRow {
  cells: TableCell[];
  conditions?: RowCondition[];
  /** null for includeObject=None, as Go encodes an empty RawExtension. */
  object: ResourceObject | PartialObjectMetadata | null;
}

export interface TableMetadata {
  resourceVersion?: string;
  continue?: string;
  remainingItemCount?: number;
}

/** meta.k8s.io/v1 Table. */
export interface Table {
  kind: 'Table';
  apiVersion: 'meta.k8s.io/v1';
  metadata: TableMetadata;
  columnDefinitions: PrinterColumn[];
  rows: TableRow[];
}

export interface TableOptions extends TableMetadata {
  includeObject?: IncludeObject;
}
