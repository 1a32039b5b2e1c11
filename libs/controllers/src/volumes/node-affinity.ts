import { matchesTerm } from '@ksb/scheduler';
import type { NodeObject, VolumeObject } from './volume-types';

// A PersistentVolume's node affinity (CheckNodeAffinity): its required terms are ORed; each term matches as
// the scheduler's node affinity does.

/** Whether the volume may be used on the node (a volume without node affinity may be used anywhere). */
export function volumeFitsNode(volume: VolumeObject, node: NodeObject): boolean {
  const terms = volume.spec?.nodeAffinity?.required?.nodeSelectorTerms;
  if (!terms) return true;
  return terms.some((term) => matchesTerm(term, node));
}

/** The kubernetes.io/hostname label value of a node (its name when unlabelled). */
export const hostnameOf = (node: NodeObject | undefined, name: string): string =>
  node?.metadata.labels?.['kubernetes.io/hostname'] ?? name;
