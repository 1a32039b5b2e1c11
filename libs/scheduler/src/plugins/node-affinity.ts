import { matchesLabels, type LabelOperator, type LabelRequirement } from '@ksb/selectors';
import type { NodeInfo } from '../node-info';
import { defaultNormalizeScore } from '../normalize';
import {
  PASS,
  type FilterResult,
  type Node,
  type NodeSelectorRequirement,
  type NodeSelectorTerm,
  type Pod,
} from '../types';

export const NODE_AFFINITY = 'NodeAffinity';
export const ERR_NODE_AFFINITY = "node(s) didn't match Pod's node affinity/selector";

// Value counts upstream's term parsing insists on; a term breaking them is invalid and matches nothing.
const VALUE_COUNT_OK: Readonly<Record<string, (count: number) => boolean>> = {
  In: (n) => n > 0,
  NotIn: (n) => n > 0,
  Exists: (n) => n === 0,
  DoesNotExist: (n) => n === 0,
  Gt: (n) => n === 1,
  Lt: (n) => n === 1,
};

// Node selector requirements share label requirements' semantics (including Gt/Lt), so reuse that matcher.
function toRequirement({ key, operator, values = [] }: NodeSelectorRequirement): LabelRequirement | undefined {
  const countOk = Object.hasOwn(VALUE_COUNT_OK, operator) ? VALUE_COUNT_OK[operator] : undefined;
  if (countOk === undefined || !countOk(values.length)) return undefined;
  return { key, operator: operator as LabelOperator, values: [...values] };
}

function matchesRequirements(
  requirements: readonly NodeSelectorRequirement[],
  labels: Record<string, string>,
): boolean {
  const converted = requirements.map(toRequirement);
  if (converted.some((r) => r === undefined)) return false;
  return matchesLabels(converted as LabelRequirement[], labels);
}

// Fields support only metadata.name, with In or NotIn and exactly one value.
const validField = (f: NodeSelectorRequirement): boolean =>
  f.key === 'metadata.name' && (f.operator === 'In' || f.operator === 'NotIn') && f.values?.length === 1;

/** nodeaffinity term matching: expressions against labels, fields against metadata.name; an empty term matches nothing. */
export function matchesTerm(term: NodeSelectorTerm, node: Node): boolean {
  const expressions = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (expressions.length === 0 && fields.length === 0) return false;
  if (!fields.every(validField)) return false;
  return (
    matchesRequirements(expressions, { ...node.metadata?.labels }) &&
    matchesRequirements(fields, { 'metadata.name': node.metadata?.name ?? '' })
  );
}

/** Required affinity and nodeSelector must both hold; terms are ORed. */
export function nodeAffinityFilter(pod: Pod, info: NodeInfo): FilterResult {
  const labels = info.node.metadata?.labels ?? {};
  const selector = pod.spec?.nodeSelector ?? {};
  const selectorOk = Object.entries(selector).every(
    ([key, value]) => Object.hasOwn(labels, key) && labels[key] === value,
  );
  const required = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  const affinityOk =
    required === undefined || (required.nodeSelectorTerms ?? []).some((t) => matchesTerm(t, info.node));
  if (selectorOk && affinityOk) return PASS;
  return { pass: false, plugin: NODE_AFFINITY, reasons: [ERR_NODE_AFFINITY], unresolvable: true };
}

/** Raw score: sum of the weights of matching preferred terms. */
export function nodeAffinityScore(pod: Pod, info: NodeInfo): number {
  const preferred = pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
  return preferred.reduce(
    (sum, term) => (term.weight !== 0 && matchesTerm(term.preference, info.node) ? sum + term.weight : sum),
    0,
  );
}

/** Highest weight sum becomes 100. */
export const nodeAffinityNormalize = (scores: readonly number[]): number[] => defaultNormalizeScore(scores, false);
