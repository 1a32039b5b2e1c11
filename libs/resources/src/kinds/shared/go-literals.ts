import { goQuote, goStringMap, goStringSlice } from '@ksb/validation';
import { list, record, stringMap, str, isRecord } from '../../objects/read';

// %#v renderings of the API structs upstream puts in field errors, built from the JSON we hold.

function optionalStringMap(value: unknown): string {
  return isRecord(value) ? goStringMap(stringMap(value)) : goStringMap(undefined);
}

function requirementLiteral(value: unknown): string {
  const requirement = record(value);
  const values = Array.isArray(requirement.values)
    ? goStringSlice(list(requirement.values).map((v) => str(v)))
    : '[]string(nil)';
  return (
    `v1.LabelSelectorRequirement{Key:${goQuote(str(requirement.key))}, ` +
    `Operator:${goQuote(str(requirement.operator))}, Values:${values}}`
  );
}

/** A metav1.LabelSelector: `v1.LabelSelector{MatchLabels:map[string]string{"app":"web"}, MatchExpressions:...}`. */
export function labelSelectorLiteral(value: unknown): string {
  const selector = record(value);
  const expressions = list(selector.matchExpressions);
  const matchExpressions =
    expressions.length === 0
      ? '[]v1.LabelSelectorRequirement(nil)'
      : `[]v1.LabelSelectorRequirement{${expressions.map(requirementLiteral).join(', ')}}`;
  return `v1.LabelSelector{MatchLabels:${optionalStringMap(selector.matchLabels)}, MatchExpressions:${matchExpressions}}`;
}

/** An intstr.IntOrString (maxSurge, maxUnavailable, targetPort): Type 0 holds an int, Type 1 a string. */
export function intOrStringLiteral(value: unknown): string {
  if (typeof value === 'string') return `intstr.IntOrString{Type:1, IntVal:0, StrVal:${goQuote(value)}}`;
  const int = typeof value === 'number' ? value : 0;
  return `intstr.IntOrString{Type:0, IntVal:${String(int)}, StrVal:""}`;
}
