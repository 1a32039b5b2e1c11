import { findUntoleratedTaint, matchesTerm } from '@ksb/scheduler';
import type { DaemonSet } from 'kubernetes-types/apps/v1';
import type { Affinity, Node, Pod, PodSpec, Toleration } from 'kubernetes-types/core/v1';
import type { OwnerReference } from 'kubernetes-types/meta/v1';

// Where a DaemonSet's pods belong, and what they look like (upstream daemon_controller.go
// NodeShouldRunDaemonPod and daemon/util: AddOrUpdateDaemonPodTolerations, ReplaceDaemonSetPodNodeNameNodeAffinity).

export const REVISION_HASH_LABEL = 'controller-revision-hash';
export const TEMPLATE_GENERATION_LABEL = 'pod-template-generation';
export const TEMPLATE_GENERATION_ANNOTATION = 'deprecated.daemonset.template.generation';

const exists = (key: string, effect: string): Toleration => ({ key, operator: 'Exists', effect });

/**
 * The tolerations every daemon pod gets: it survives not-ready/unreachable nodes (NoExecute) and is
 * placed despite node-condition taints and cordoning (NoSchedule); network-unavailable for host network.
 */
export function daemonTolerations(spec: PodSpec): Toleration[] {
  const tolerations = [...(spec.tolerations ?? [])];
  const wanted = [
    exists('node.kubernetes.io/not-ready', 'NoExecute'),
    exists('node.kubernetes.io/unreachable', 'NoExecute'),
    exists('node.kubernetes.io/disk-pressure', 'NoSchedule'),
    exists('node.kubernetes.io/memory-pressure', 'NoSchedule'),
    exists('node.kubernetes.io/pid-pressure', 'NoSchedule'),
    exists('node.kubernetes.io/unschedulable', 'NoSchedule'),
    ...(spec.hostNetwork ? [exists('node.kubernetes.io/network-unavailable', 'NoSchedule')] : []),
  ];
  for (const toleration of wanted) {
    // AddOrUpdateTolerationInPodSpec: one matching key/operator/value/effect is replaced, else appended.
    const same = tolerations.findIndex(
      (t) =>
        (t.key ?? '') === toleration.key &&
        (t.operator ?? 'Equal') === toleration.operator &&
        (t.value ?? '') === '' &&
        (t.effect ?? '') === toleration.effect,
    );
    if (same >= 0) tolerations[same] = toleration;
    else tolerations.push(toleration);
  }
  return tolerations;
}

/** The daemon pod's required node affinity: exactly this node (the scheduler binds it there). */
export function nodeNameAffinity(affinity: Affinity | undefined, nodeName: string): Affinity {
  const required = {
    nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [nodeName] }] }],
  };
  return {
    ...affinity,
    nodeAffinity: { ...affinity?.nodeAffinity, requiredDuringSchedulingIgnoredDuringExecution: required },
  };
}

/** GetTargetNodeName: the pod's node, or the one its daemon affinity names. */
export function targetNodeName(pod: Pod): string | undefined {
  if (pod.spec?.nodeName) return pod.spec.nodeName;
  const terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  for (const term of terms ?? []) {
    for (const field of term.matchFields ?? []) {
      if (field.key === 'metadata.name' && field.operator === 'In' && field.values?.length === 1)
        return field.values[0];
    }
  }
  return undefined;
}

function matchesNodeSelectorAndAffinity(spec: PodSpec, node: Node): boolean {
  const labels = node.metadata?.labels ?? {};
  for (const [key, value] of Object.entries(spec.nodeSelector ?? {})) {
    if (!Object.hasOwn(labels, key) || labels[key] !== value) return false;
  }
  const required = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  if (!required) return true;
  return (required.nodeSelectorTerms ?? []).some((term) => matchesTerm(term, node));
}

export interface NodePlacement {
  /** A daemon pod should be created there. */
  shouldRun: boolean;
  /** An existing daemon pod may stay (it tolerates every NoExecute taint). */
  shouldContinueRunning: boolean;
}

/**
 * NodeShouldRunDaemonPod: the template (with the daemon tolerations) must name this node or none, match
 * its nodeSelector and required affinity, and tolerate its NoSchedule and NoExecute taints; a pod
 * already there stays while it tolerates the NoExecute ones.
 */
export function nodeShouldRunDaemonPod(node: Node, ds: DaemonSet): NodePlacement {
  const spec = ds.spec?.template.spec ?? { containers: [] };
  const name = node.metadata?.name ?? '';
  if (spec.nodeName && spec.nodeName !== name) return { shouldRun: false, shouldContinueRunning: false };
  if (!matchesNodeSelectorAndAffinity(spec, node)) return { shouldRun: false, shouldContinueRunning: false };
  const tolerations = daemonTolerations(spec);
  const taints = node.spec?.taints ?? [];
  if (!findUntoleratedTaint(taints, tolerations, ['NoSchedule', 'NoExecute'])) {
    return { shouldRun: true, shouldContinueRunning: true };
  }
  return { shouldRun: false, shouldContinueRunning: !findUntoleratedTaint(taints, tolerations, ['NoExecute']) };
}

/**
 * The pod the controller creates for a node (CreatePodTemplate + GetPodFromTemplate): the template with
 * the revision hash (and template generation) labels, daemon tolerations, the node-name affinity, a
 * generated name and the DaemonSet as controller.
 */
export function daemonPod(
  ds: DaemonSet,
  nodeName: string,
  hash: string,
  ownerReference: OwnerReference,
): Pod & { metadata: { generateName: string } } {
  const template = ds.spec?.template ?? { spec: { containers: [] } };
  const generation = ds.metadata?.annotations?.[TEMPLATE_GENERATION_ANNOTATION];
  const spec = template.spec ?? { containers: [] };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      generateName: `${ds.metadata?.name ?? ''}-`,
      namespace: ds.metadata?.namespace,
      labels: {
        ...template.metadata?.labels,
        ...(generation ? { [TEMPLATE_GENERATION_LABEL]: generation } : {}),
        [REVISION_HASH_LABEL]: hash,
      },
      ...(template.metadata?.annotations ? { annotations: { ...template.metadata.annotations } } : {}),
      ...(template.metadata?.finalizers ? { finalizers: [...template.metadata.finalizers] } : {}),
      ownerReferences: [ownerReference],
    },
    spec: { ...spec, tolerations: daemonTolerations(spec), affinity: nodeNameAffinity(spec.affinity, nodeName) },
  };
}
