import type { NodeSelectorRequirement, NodeSelectorTerm } from 'kubernetes-types/core/v1';
import { type LabelOperator, type LabelRequirement, matchesLabels } from '@ksb/selectors';
import type { NodeObject, VolumeObject } from './volume-types';

// A PersistentVolume's node affinity (CheckNodeAffinity): its required terms are ORed, each term's expressions
// match node labels and its fields match metadata.name.

const COUNT_OK: Readonly<Record<string, (count: number) => boolean>> = {
  In: (n) => n > 0,
  NotIn: (n) => n > 0,
  Exists: (n) => n === 0,
  DoesNotExist: (n) => n === 0,
  Gt: (n) => n === 1,
  Lt: (n) => n === 1,
};

function matches(requirements: readonly NodeSelectorRequirement[], labels: Record<string, string>): boolean {
  const converted: LabelRequirement[] = [];
  for (const { key, operator, values = [] } of requirements) {
    const countOk = Object.hasOwn(COUNT_OK, operator) ? COUNT_OK[operator] : undefined;
    if (!countOk?.(values.length)) return false;
    converted.push({ key, operator: operator as LabelOperator, values: [...values] });
  }
  return matchesLabels(converted, labels);
}

function termMatches(term: NodeSelectorTerm, node: NodeObject): boolean {
  const expressions = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (!expressions.length && !fields.length) return false;
  return (
    matches(expressions, { ...node.metadata.labels }) && matches(fields, { 'metadata.name': node.metadata.name ?? '' })
  );
}

/** Whether the volume may be used on the node (a volume without node affinity may be used anywhere). */
export function volumeFitsNode(volume: VolumeObject, node: NodeObject): boolean {
  const terms = volume.spec?.nodeAffinity?.required?.nodeSelectorTerms;
  if (!terms) return true;
  return terms.some((term) => termMatches(term, node));
}

/** The kubernetes.io/hostname label value of a node (its name when unlabelled). */
export const hostnameOf = (node: NodeObject | undefined, name: string): string =>
  node?.metadata.labels?.['kubernetes.io/hostname'] ?? name;
