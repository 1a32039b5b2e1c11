import type { Printer } from '../../definition/printer';
import { str } from '../../objects/read';
import type { ResourceObject } from '../../objects/resource-object';
import { column } from '../../printing/columns';

// metrics-server's Table: NAME, one column per resource in usage (sorted: cpu, memory), WINDOW. Upstream
// derives the resource columns from the first item; a simulated node always reports cpu and memory.

export const USAGE_RESOURCES = ['cpu', 'memory'] as const;

export type Usage = Record<(typeof USAGE_RESOURCES)[number], string>;

export function metricsPrinter(usageOf: (object: ResourceObject) => Usage): Printer {
  return {
    columns: [
      column('Name', 'Name of the resource', { format: 'name' }),
      ...USAGE_RESOURCES.map((resource) => column(resource, '', { format: 'quantity' })),
      column('Window', '', { format: 'duration' }),
    ],
    row: (object) => {
      const usage = usageOf(object);
      // window is serialised as Go prints a duration ("10.5s"), which is what the cell shows.
      return [object.metadata.name ?? '', ...USAGE_RESOURCES.map((resource) => usage[resource]), str(object.window)];
    },
  };
}
