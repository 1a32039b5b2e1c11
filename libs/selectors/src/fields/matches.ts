import type { FieldRequirement, FieldSelector } from './types';

// A missing field reads as "" (fields.Set.Get), so "x=" matches objects without x.

function valueOf(fields: Readonly<Record<string, string>>, field: string): string {
  return Object.hasOwn(fields, field) ? (fields[field] ?? '') : '';
}

export function matchesFieldRequirement(
  requirement: FieldRequirement,
  fields: Readonly<Record<string, string>>,
): boolean {
  const equal = valueOf(fields, requirement.field) === requirement.value;
  return requirement.operator === 'Equals' ? equal : !equal;
}

/** True when every requirement matches; the empty selector matches everything. */
export function matchesFields(selector: FieldSelector, fields: Readonly<Record<string, string>>): boolean {
  return selector.every((requirement) => matchesFieldRequirement(requirement, fields));
}
