import { parseQuantity, QuantityError } from '@ksb/quantity';
import { record, type JsonRecord } from '../../../objects/read';
import { childRecords } from '../../shared/json-defaults';

// qos.GetPodQOS over cpu and memory of all containers (after requests were defaulted from limits).

const QOS_RESOURCES = ['cpu', 'memory'] as const;

function amount(value: unknown): number {
  if (typeof value === 'number') return value;
  try {
    return typeof value === 'string' ? parseQuantity(value) : 0;
  } catch (error) {
    if (error instanceof QuantityError) return 0;
    throw error;
  }
}

export function qosClass(spec: JsonRecord): 'Guaranteed' | 'Burstable' | 'BestEffort' {
  const requests = new Map<string, number>();
  const limits = new Map<string, number>();
  let guaranteed = true;
  const containers = [...childRecords(spec, 'initContainers'), ...childRecords(spec, 'containers')];
  for (const container of containers) {
    const resources = record(container.resources);
    for (const [totals, kind] of [
      [requests, 'requests'],
      [limits, 'limits'],
    ] as const) {
      const values = record(resources[kind]);
      for (const name of QOS_RESOURCES) {
        const quantity = amount(values[name]);
        if (quantity !== 0) totals.set(name, (totals.get(name) ?? 0) + quantity);
      }
    }
    const containerLimits = record(resources.limits);
    if (!QOS_RESOURCES.every((name) => amount(containerLimits[name]) !== 0)) guaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  const equal = [...requests].every(([name, quantity]) => limits.get(name) === quantity);
  return guaranteed && equal && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}
