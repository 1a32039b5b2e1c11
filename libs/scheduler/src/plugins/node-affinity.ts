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
  labels: Readonly<Record<string, string>>,
): boolean {
  if (requirements.length === 0) return true;
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
    matchesRequirements(expressions, node.metadata?.labels ?? {}) &&
    matchesRequirements(fields, { 'metadata.name': node.metadata?.name ?? '' })
  );
}

/** nodeaffinity.GetRequiredNodeAffinity(pod).Match(node): nodeSelector and required terms (ORed) both hold. */
export function matchesRequiredNodeAffinity(pod: Pod, node: Node): boolean {
  const selector = pod.spec?.nodeSelector;
  if (selector !== undefined) {
    const labels = node.metadata?.labels ?? {};
    for (const key in selector) {
      if (!Object.hasOwn(labels, key) || labels[key] !== selector[key]) return false;
    }
  }
  const required = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  return required === undefined || (required.nodeSelectorTerms ?? []).some((t) => matchesTerm(t, node));
}

/** Required affinity and nodeSelector must both hold; terms are ORed. */
export function nodeAffinityFilter(pod: Pod, info: NodeInfo): FilterResult {
  if (matchesRequiredNodeAffinity(pod, info.node)) return PASS;
  return { pass: false, plugin: NODE_AFFINITY, reasons: [ERR_NODE_AFFINITY], unresolvable: true };
}

export const ERR_NODE_AFFINITY_CONFLICT = 'pod affinity terms conflict';

/**
 * NodeAffinity's PreFilter: when every required term names nodes through matchFields metadata.name In (as
 * DaemonSet pods do), only those nodes are filtered at all. `undefined` means every node; an empty set means
 * the terms contradict each other.
 */
export function nodeAffinityPreFilterNodeNames(pod: Pod): ReadonlySet<string> | undefined {
  const terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  if (terms === undefined || terms.length === 0) return undefined;
  let names: Set<string> | undefined;
  for (const term of terms) {
    let termNames: Set<string> | undefined;
    for (const field of term.matchFields ?? []) {
      if (field.key !== 'metadata.name' || field.operator !== 'In') continue;
      const values = new Set(field.values ?? []);
      // Requirements of one term are ANDed: intersect.
      termNames = termNames === undefined ? values : new Set([...termNames].filter((n) => values.has(n)));
    }
    // A term without a name requirement lets every node through, as terms are ORed.
    if (termNames === undefined) return undefined;
    names = new Set([...(names ?? []), ...termNames]);
  }
  return names;
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
