import type { ErrorCause } from '@ksb/errors';
import { parseQuantity, QuantityError } from '@ksb/quantity';
import { compareGoStrings, invalidValue, requiredValue } from '@ksb/validation';
import { record } from '../../../objects/read';
import { canonicalQuantity } from '../../shared/canonical-quantity';
import { NEGATIVE_MESSAGE } from '../../shared/numbers.validation';

// ValidateContainerResourceRequirements: names, non-negative quantities, requests <= limits.

/** Native resources whose requests may be below their limits; hugepages and extended ones must be equal. */
const OVERCOMMITTABLE = new Set(['cpu', 'memory', 'ephemeral-storage']);

function quantityOf(value: unknown): { text: string; amount: number } | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : undefined;
  if (text === undefined) return undefined;
  try {
    return { text: canonicalQuantity(text), amount: parseQuantity(text) };
  } catch (error) {
    if (error instanceof QuantityError) return undefined;
    throw error;
  }
}

function resourceNameErrors(name: string, path: string): ErrorCause[] {
  if (name.includes('/')) return [];
  return OVERCOMMITTABLE.has(name) || name.startsWith('hugepages-')
    ? []
    : [invalidValue(path, name, 'must be a standard resource for containers')];
}

function entryErrors(name: string, value: unknown, path: string): ErrorCause[] {
  const quantity = quantityOf(value);
  return [
    ...resourceNameErrors(name, path),
    ...(quantity && quantity.amount < 0 ? [invalidValue(path, quantity.text, NEGATIVE_MESSAGE)] : []),
  ];
}

const sortedEntries = (value: unknown): [string, unknown][] =>
  Object.entries(record(value)).sort(([a], [b]) => compareGoStrings(a, b));

export function resourcesErrors(resources: unknown, path: string): ErrorCause[] {
  const { limits, requests } = record(resources);
  const limitsPath = `${path}.limits`;
  const requestsPath = `${path}.requests`;
  const errors = sortedEntries(limits).flatMap(([name, value]) => entryErrors(name, value, `${limitsPath}[${name}]`));
  for (const [name, value] of sortedEntries(requests)) {
    errors.push(...entryErrors(name, value, `${requestsPath}[${name}]`));
    const request = quantityOf(value);
    const limitValue = record(limits)[name];
    const limit = quantityOf(limitValue);
    if (limitValue === undefined) {
      if (!OVERCOMMITTABLE.has(name)) {
        errors.push(requiredValue(limitsPath, 'Limit must be set for non overcommitable resources'));
      }
    } else if (request && limit) {
      if (!OVERCOMMITTABLE.has(name) && request.amount !== limit.amount) {
        errors.push(invalidValue(requestsPath, request.text, `must be equal to ${name} limit of ${limit.text}`));
      } else if (request.amount > limit.amount) {
        errors.push(
          invalidValue(requestsPath, request.text, `must be less than or equal to ${name} limit of ${limit.text}`),
        );
      }
    }
  }
  return errors;
}
