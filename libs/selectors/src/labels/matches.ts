import { parseInt64 } from '@ksb/validation';
import type { LabelRequirement, LabelSelector } from './types';

// Requirement.Matches: note NotIn matches when the key is absent, and Gt/Lt never do.

function lookup(labels: Readonly<Record<string, string>> | undefined, key: string): string | undefined {
  // Own properties only, so keys such as "constructor" are not found on the prototype.
  return labels !== undefined && Object.hasOwn(labels, key) ? labels[key] : undefined;
}

function compareInteger(requirement: LabelRequirement, actual: string | undefined): boolean {
  if (actual === undefined || requirement.values.length !== 1) return false;
  const left = parseInt64(actual);
  const right = parseInt64(requirement.values[0] ?? '');
  if (left === undefined || right === undefined) return false;
  return requirement.operator === 'Gt' ? left > right : left < right;
}

export function matchesRequirement(
  requirement: LabelRequirement,
  labels: Readonly<Record<string, string>> | undefined,
): boolean {
  const actual = lookup(labels, requirement.key);
  switch (requirement.operator) {
    case 'In':
      return actual !== undefined && requirement.values.includes(actual);
    case 'NotIn':
      return actual === undefined || !requirement.values.includes(actual);
    case 'Exists':
      return actual !== undefined;
    case 'DoesNotExist':
      return actual === undefined;
    case 'Gt':
    case 'Lt':
      return compareInteger(requirement, actual);
  }
}

/** True when every requirement matches; the empty selector matches everything. */
export function matchesLabels(selector: LabelSelector, labels: Readonly<Record<string, string>> | undefined): boolean {
  return selector.every((requirement) => matchesRequirement(requirement, labels));
}
