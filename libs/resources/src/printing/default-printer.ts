import type { Printer } from '../definition/printer';
import { column, NAME_COLUMN } from './columns';
import { rfc3339 } from './timestamps';

/**
 * The apiserver's default table convertor, for kinds printers.go does not cover (LimitRange): NAME and
 * CREATED AT with an RFC 3339 timestamp, not an age.
 */
export const DEFAULT_PRINTER: Printer = {
  columns: [NAME_COLUMN, column('Created At', 'When the object was created.', { type: 'date' })],
  row: (object) => [object.metadata.name ?? '', rfc3339(object.metadata.creationTimestamp)],
};
