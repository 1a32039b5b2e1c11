import type { KubeSchema } from './schema';

/** A list's (or struct's) strategic-merge-patch meta, as upstream's patchStrategy/patchMergeKey tags. */
export interface PatchFact {
  definition: string;
  field: string;
  strategy: 'merge' | 'retainKeys' | 'merge,retainKeys';
  mergeKey?: string;
}

const CORE = 'io.k8s.api.core.v1.';
const META = 'io.k8s.apimachinery.pkg.apis.meta.v1.';

const byType = (definitions: readonly string[]): PatchFact[] =>
  definitions.map((definition) => ({ definition, field: 'conditions', strategy: 'merge', mergeKey: 'type' }));

// kubernetes-types has no patch meta, so these are upstream's struct tags (k8s.io/api v0.30) for the
// kinds served; kubectl's client-side apply reads them from the served schemas, the server's strategic
// merge patch from patchSchemaFor. Fields without a fact are replaced whole (atomic), as upstream.
const CONTAINER: PatchFact[] = ['Container', 'EphemeralContainer'].flatMap((type) => [
  { definition: CORE + type, field: 'env', strategy: 'merge', mergeKey: 'name' },
  { definition: CORE + type, field: 'ports', strategy: 'merge', mergeKey: 'containerPort' },
  { definition: CORE + type, field: 'volumeMounts', strategy: 'merge', mergeKey: 'mountPath' },
  { definition: CORE + type, field: 'volumeDevices', strategy: 'merge', mergeKey: 'devicePath' },
]);

export const PATCH_FACTS: readonly PatchFact[] = [
  { definition: META + 'ObjectMeta', field: 'finalizers', strategy: 'merge' },
  { definition: META + 'ObjectMeta', field: 'ownerReferences', strategy: 'merge', mergeKey: 'uid' },
  { definition: CORE + 'PodSpec', field: 'containers', strategy: 'merge', mergeKey: 'name' },
  { definition: CORE + 'PodSpec', field: 'initContainers', strategy: 'merge', mergeKey: 'name' },
  { definition: CORE + 'PodSpec', field: 'ephemeralContainers', strategy: 'merge', mergeKey: 'name' },
  { definition: CORE + 'PodSpec', field: 'volumes', strategy: 'merge,retainKeys', mergeKey: 'name' },
  { definition: CORE + 'PodSpec', field: 'imagePullSecrets', strategy: 'merge', mergeKey: 'name' },
  { definition: CORE + 'PodSpec', field: 'hostAliases', strategy: 'merge', mergeKey: 'ip' },
  { definition: CORE + 'PodSpec', field: 'topologySpreadConstraints', strategy: 'merge', mergeKey: 'topologyKey' },
  { definition: CORE + 'PodSpec', field: 'schedulingGates', strategy: 'merge', mergeKey: 'name' },
  { definition: CORE + 'PodSpec', field: 'resourceClaims', strategy: 'merge,retainKeys', mergeKey: 'name' },
  ...CONTAINER,
  { definition: CORE + 'PodStatus', field: 'podIPs', strategy: 'merge', mergeKey: 'ip' },
  { definition: CORE + 'PodStatus', field: 'hostIPs', strategy: 'merge', mergeKey: 'ip' },
  { definition: CORE + 'PodStatus', field: 'resourceClaimStatuses', strategy: 'merge,retainKeys', mergeKey: 'name' },
  { definition: CORE + 'ServiceSpec', field: 'ports', strategy: 'merge', mergeKey: 'port' },
  { definition: CORE + 'ServiceAccount', field: 'secrets', strategy: 'merge', mergeKey: 'name' },
  { definition: CORE + 'NodeSpec', field: 'podCIDRs', strategy: 'merge' },
  { definition: CORE + 'NodeStatus', field: 'addresses', strategy: 'merge', mergeKey: 'type' },
  { definition: 'io.k8s.api.apps.v1.DeploymentSpec', field: 'strategy', strategy: 'retainKeys' },
  ...byType([
    CORE + 'PodStatus',
    CORE + 'NodeStatus',
    CORE + 'NamespaceStatus',
    CORE + 'PersistentVolumeClaimStatus',
    CORE + 'ReplicationControllerStatus',
    CORE + 'ComponentStatus',
    CORE + 'ServiceStatus',
    'io.k8s.api.apps.v1.DeploymentStatus',
    'io.k8s.api.apps.v1.ReplicaSetStatus',
    'io.k8s.api.apps.v1.StatefulSetStatus',
    'io.k8s.api.apps.v1.DaemonSetStatus',
    'io.k8s.api.batch.v1.JobStatus',
    'io.k8s.api.policy.v1.PodDisruptionBudgetStatus',
    'io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerStatus',
    'io.k8s.api.flowcontrol.v1.FlowSchemaStatus',
    'io.k8s.api.flowcontrol.v1.PriorityLevelConfigurationStatus',
  ]),
];

/**
 * Writes the facts into the definitions as upstream's x-kubernetes-patch-strategy/-merge-key extensions,
 * on the property schema itself (where kubectl's PatchMetaFromOpenAPIV3 looks). A fact naming a field
 * the package lacks is an error: a kubernetes-types update must not drop patch meta silently.
 */
export function applyPatchFacts(definitions: Record<string, KubeSchema>, facts: readonly PatchFact[]): void {
  for (const fact of facts) {
    const definition = definitions[fact.definition];
    const property = definition?.properties?.[fact.field];
    if (!definition || !property) throw new Error(`patch fact for unknown field ${fact.definition}.${fact.field}`);
    const withMeta: KubeSchema = { ...property, 'x-kubernetes-patch-strategy': fact.strategy };
    if (fact.mergeKey) withMeta['x-kubernetes-patch-merge-key'] = fact.mergeKey;
    definitions[fact.definition] = { ...definition, properties: { ...definition.properties, [fact.field]: withMeta } };
  }
}
