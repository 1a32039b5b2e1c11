import type { MessageTable } from '../field-spec';

/**
 * core/v1: affinity, tolerations, topology spread.
 * Field numbers and types as generated.proto declares them (Kubernetes 1.32), in Go struct order.
 */
export const CORE_V1_SCHEDULING: MessageTable = {
  'core.v1.Affinity': [
    [1, 'nodeAffinity', 'core.v1.NodeAffinity'],
    [2, 'podAffinity', 'core.v1.PodAffinity'],
    [3, 'podAntiAffinity', 'core.v1.PodAntiAffinity'],
  ],
  'core.v1.Toleration': [
    [1, 'key', 'string'],
    [2, 'operator', 'string'],
    [3, 'value', 'string'],
    [4, 'effect', 'string'],
    [5, 'tolerationSeconds', 'int64', 'pointer'],
  ],
  'core.v1.TopologySpreadConstraint': [
    [1, 'maxSkew', 'int32'],
    [2, 'topologyKey', 'string'],
    [3, 'whenUnsatisfiable', 'string'],
    [4, 'labelSelector', 'meta.v1.LabelSelector'],
    [5, 'minDomains', 'int32', 'pointer'],
    [6, 'nodeAffinityPolicy', 'string', 'pointer'],
    [7, 'nodeTaintsPolicy', 'string', 'pointer'],
    [8, 'matchLabelKeys', 'string', 'repeated'],
  ],
  'core.v1.NodeAffinity': [
    [1, 'requiredDuringSchedulingIgnoredDuringExecution', 'core.v1.NodeSelector'],
    [2, 'preferredDuringSchedulingIgnoredDuringExecution', 'core.v1.PreferredSchedulingTerm', 'repeated'],
  ],
  'core.v1.PodAffinity': [
    [1, 'requiredDuringSchedulingIgnoredDuringExecution', 'core.v1.PodAffinityTerm', 'repeated'],
    [2, 'preferredDuringSchedulingIgnoredDuringExecution', 'core.v1.WeightedPodAffinityTerm', 'repeated'],
  ],
  'core.v1.PodAntiAffinity': [
    [1, 'requiredDuringSchedulingIgnoredDuringExecution', 'core.v1.PodAffinityTerm', 'repeated'],
    [2, 'preferredDuringSchedulingIgnoredDuringExecution', 'core.v1.WeightedPodAffinityTerm', 'repeated'],
  ],
  'core.v1.NodeSelector': [[1, 'nodeSelectorTerms', 'core.v1.NodeSelectorTerm', 'repeated']],
  'core.v1.PreferredSchedulingTerm': [
    [1, 'weight', 'int32'],
    [2, 'preference', 'core.v1.NodeSelectorTerm'],
  ],
  'core.v1.PodAffinityTerm': [
    [1, 'labelSelector', 'meta.v1.LabelSelector'],
    [2, 'namespaces', 'string', 'repeated'],
    [3, 'topologyKey', 'string'],
    [4, 'namespaceSelector', 'meta.v1.LabelSelector'],
    [5, 'matchLabelKeys', 'string', 'repeated'],
    [6, 'mismatchLabelKeys', 'string', 'repeated'],
  ],
  'core.v1.WeightedPodAffinityTerm': [
    [1, 'weight', 'int32'],
    [2, 'podAffinityTerm', 'core.v1.PodAffinityTerm'],
  ],
  'core.v1.NodeSelectorTerm': [
    [1, 'matchExpressions', 'core.v1.NodeSelectorRequirement', 'repeated'],
    [2, 'matchFields', 'core.v1.NodeSelectorRequirement', 'repeated'],
  ],
  'core.v1.NodeSelectorRequirement': [
    [1, 'key', 'string'],
    [2, 'operator', 'string'],
    [3, 'values', 'string', 'repeated'],
  ],
};
