import type { Defaulter } from '../../../definition/hooks';
import { record } from '../../../objects/read';
import { child, childRecords, copyObject, setDefault } from '../../shared/json-defaults';

/** SetDefaults_LimitRangeItem: container limits default to max, requests to the default limit, then to min. */
export const defaultLimitRange: Defaulter = (limitRange) => {
  const copy = copyObject(limitRange);
  for (const item of childRecords(child(copy, 'spec'), 'limits')) {
    if (item.type !== 'Container') continue;
    const limits = child(item, 'default');
    const requests = child(item, 'defaultRequest');
    for (const [name, quantity] of Object.entries(record(item.max))) setDefault(limits, name, quantity);
    for (const [name, quantity] of Object.entries(limits)) setDefault(requests, name, quantity);
    for (const [name, quantity] of Object.entries(record(item.min))) setDefault(requests, name, quantity);
  }
  return copy;
};
