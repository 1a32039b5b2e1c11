/**
 * The slices of core/v1 Pod and Node JSON the scheduler reads. Everything is optional because objects arrive
 * as the API serves them, with omitempty fields absent.
 */
export type ResourceList = Readonly<Record<string, string>>;

export interface ContainerPort {
  containerPort?: number;
  /** Only ports with a hostPort occupy something on the node (NodePorts). */
  hostPort?: number;
  hostIP?: string;
  protocol?: string;
}

export interface Container {
  name?: string;
  ports?: readonly ContainerPort[];
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

export interface OwnerReference {
  apiVersion?: string;
  kind?: string;
  name?: string;
  uid?: string;
  controller?: boolean;
}

/** metav1.LabelSelector as served (matchExpressions operators are checked when converted). */
export interface LabelSelectorObject {
  matchLabels?: Readonly<Record<string, string>>;
  matchExpressions?: readonly { key: string; operator: string; values?: readonly string[] }[];
}

export interface ObjectMeta {
  name?: string;
  namespace?: string;
  uid?: string;
  labels?: Readonly<Record<string, string>>;
  annotations?: Readonly<Record<string, string>>;
  ownerReferences?: readonly OwnerReference[];
  deletionTimestamp?: string;
}

export interface TopologySpreadConstraint {
  maxSkew: number;
  topologyKey: string;
  /** DoNotSchedule (a filter) or ScheduleAnyway (a score). */
  whenUnsatisfiable: string;
  labelSelector?: LabelSelectorObject;
  matchLabelKeys?: readonly string[];
  minDomains?: number;
  /** Honor (default) or Ignore: whether nodes the pod's node affinity excludes count as domains. */
  nodeAffinityPolicy?: string;
  /** Honor or Ignore (default): whether nodes with taints the pod does not tolerate count as domains. */
  nodeTaintsPolicy?: string;
}

/** The volume sources the scheduler looks at: claims, and generic ephemeral volumes (a claim per pod). */
export interface Volume {
  name: string;
  persistentVolumeClaim?: { claimName: string; readOnly?: boolean };
  ephemeral?: object;
}

export interface Pod {
  metadata?: ObjectMeta;
  spec?: {
    nodeName?: string;
    nodeSelector?: Readonly<Record<string, string>>;
    affinity?: { nodeAffinity?: NodeAffinity };
    topologySpreadConstraints?: readonly TopologySpreadConstraint[];
    volumes?: readonly Volume[];
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
  metadata?: ObjectMeta;
  spec?: { unschedulable?: boolean; taints?: readonly Taint[] };
  status?: { allocatable?: ResourceList; capacity?: ResourceList };
}

export interface PersistentVolumeClaim {
  metadata?: ObjectMeta;
  spec?: {
    storageClassName?: string;
    volumeName?: string;
    accessModes?: readonly string[];
    volumeMode?: string;
    selector?: LabelSelectorObject;
    resources?: { requests?: ResourceList };
  };
  status?: { phase?: string };
}

export interface PersistentVolume {
  metadata?: ObjectMeta;
  spec?: {
    storageClassName?: string;
    capacity?: ResourceList;
    accessModes?: readonly string[];
    volumeMode?: string;
    claimRef?: { namespace?: string; name?: string; uid?: string };
    nodeAffinity?: { required?: { nodeSelectorTerms?: readonly NodeSelectorTerm[] } };
  };
  status?: { phase?: string };
}

/** core/v1 TopologySelectorTerm: a StorageClass's allowedTopologies entry. */
export interface TopologySelectorTerm {
  matchLabelExpressions?: readonly { key: string; values: readonly string[] }[];
}

export interface StorageClass {
  metadata?: ObjectMeta;
  provisioner?: string;
  /** Immediate (the API default) or WaitForFirstConsumer. */
  volumeBindingMode?: string;
  allowedTopologies?: readonly TopologySelectorTerm[];
}

/** A Service or ReplicationController: selects pods with a plain label map. */
export interface MapSelectingObject {
  metadata?: ObjectMeta;
  spec?: { selector?: Readonly<Record<string, string>> };
}

/** A ReplicaSet or StatefulSet: selects pods with a structured label selector. */
export interface SelectorSelectingObject {
  metadata?: ObjectMeta;
  spec?: { selector?: LabelSelectorObject };
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
