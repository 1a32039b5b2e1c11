/**
 * The slices of core/v1 Pod and Node JSON the scheduler reads. Everything is optional because objects arrive
 * as the API serves them, with omitempty fields absent.
 */
export type ResourceList = Readonly<Record<string, string>>;

export interface Container {
  name?: string;
  resources?: { requests?: ResourceList; limits?: ResourceList };
  /** Only "Always" is meaningful: it marks a sidecar (restartable init container). */
  restartPolicy?: string;
}

export interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

export interface Taint {
  key: string;
  value?: string;
  effect: string;
}

export interface NodeSelectorRequirement {
  key: string;
  operator: string;
  values?: readonly string[];
}

export interface NodeSelectorTerm {
  matchExpressions?: readonly NodeSelectorRequirement[];
  matchFields?: readonly NodeSelectorRequirement[];
}

export interface PreferredSchedulingTerm {
  weight: number;
  preference: NodeSelectorTerm;
}

export interface NodeAffinity {
  requiredDuringSchedulingIgnoredDuringExecution?: { nodeSelectorTerms?: readonly NodeSelectorTerm[] };
  preferredDuringSchedulingIgnoredDuringExecution?: readonly PreferredSchedulingTerm[];
}

export interface Pod {
  metadata?: { name?: string; namespace?: string; labels?: Readonly<Record<string, string>> };
  spec?: {
    nodeName?: string;
    nodeSelector?: Readonly<Record<string, string>>;
    affinity?: { nodeAffinity?: NodeAffinity };
    tolerations?: readonly Toleration[];
    containers?: readonly Container[];
    initContainers?: readonly Container[];
    overhead?: ResourceList;
    priority?: number;
    preemptionPolicy?: string;
  };
  status?: { phase?: string };
}

export interface Node {
  metadata?: { name?: string; labels?: Readonly<Record<string, string>> };
  spec?: { unschedulable?: boolean; taints?: readonly Taint[] };
  status?: { allocatable?: ResourceList; capacity?: ResourceList };
}

/** Pods already bound, keyed by node name. */
export type PodsOnNodes = ReadonlyMap<string, readonly Pod[]> | Readonly<Record<string, readonly Pod[]>>;

/**
 * A filter's verdict. `unresolvable` mirrors upstream's UnschedulableAndUnresolvable: preemption cannot help,
 * which decides the wording of the preemption part of FailedScheduling.
 */
export type FilterResult =
  { pass: true } | { pass: false; plugin: string; reasons: readonly string[]; unresolvable: boolean };

export const PASS: FilterResult = { pass: true };
