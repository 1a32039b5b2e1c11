import type { ColumnType, PrinterColumn } from '../definition/printer';

// Column names are upstream's ("Nominated Node", "Port(s)"): kubectl upper-cases them for the header.

interface ColumnOptions {
  type?: ColumnType;
  format?: string;
  /** 1: shown only with -o wide. */
  priority?: number;
}

export const column = (name: string, description: string, options: ColumnOptions = {}): PrinterColumn => ({
  name,
  type: options.type ?? 'string',
  format: options.format ?? '',
  description,
  priority: options.priority ?? 0,
});

/** A column kubectl shows only with -o wide. */
export const wideColumn = (name: string, description: string, options: Omit<ColumnOptions, 'priority'> = {}) =>
  column(name, description, { ...options, priority: 1 });

export const NAME_COLUMN = column('Name', 'Name of the object, unique within its namespace.', { format: 'name' });

export const AGE_COLUMN = column('Age', 'Time since the object was created.');

export const CONTAINERS_COLUMN = wideColumn('Containers', 'Names of the containers in the pod template.');

export const IMAGES_COLUMN = wideColumn('Images', 'Images of the containers in the pod template.');
