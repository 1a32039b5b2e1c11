import { podHostPorts, type HostPort } from './host-ports';
import type { NodeInfo } from './node-info';
import {
  ERR_NODE_AFFINITY_CONFLICT,
  NODE_AFFINITY,
  nodeAffinityFilter,
  nodeAffinityPreFilterNodeNames,
} from './plugins/node-affinity';
import { nodeNameFilter } from './plugins/node-name';
import { nodePortsFilter } from './plugins/node-ports';
import { nodeResourcesFitFilter } from './plugins/node-resources-fit';
import { nodeUnschedulableFilter } from './plugins/node-unschedulable';
import { spreadFilter, spreadPreFilter, type SpreadFilterState } from './plugins/pod-topology-spread/filtering';
import { taintTolerationFilter } from './plugins/taint-toleration';
import {
  VOLUME_BINDING,
  volumeBindingFilter,
  volumeBindingPreFilter,
  type PodVolumeClaims,
} from './plugins/volume-binding';
import { podRequests, type Resources } from './resources';
import type { SchedulingSnapshot } from './snapshot';
import type { FilterResult, Pod } from './types';

/** framework.CycleState: what the PreFilter plugins computed once for the pod being scheduled. */
export interface CycleState {
  pod: Pod;
  request: Resources;
  nonZeroRequest: Resources;
  ports: HostPort[];
  volumes?: PodVolumeClaims;
  spread?: SpreadFilterState;
  /** NodeAffinity's PreFilterResult: only these nodes are filtered (DaemonSet pods). */
  nodeNames?: ReadonlySet<string>;
  exceedsAllocatableIsUnresolvable: boolean;
  /** Plugins with nothing to check for this pod (upstream's PreFilter Skip), so the per-node loop skips them. */
  skipNodeName: boolean;
  skipNodeAffinity: boolean;
}

export type PreFilterOutcome =
  | { rejected: false; state: CycleState }
  /** UnschedulableAndUnresolvable at PreFilter: every node gets this status, preemption cannot help. */
  | { rejected: true; status: FilterResult & { pass: false } };

const reject = (plugin: string, message: string): PreFilterOutcome => ({
  rejected: true,
  status: { pass: false, plugin, reasons: [message], unresolvable: true },
});

/** RunPreFilterPlugins in profile order (NodeAffinity, NodePorts, NodeResourcesFit, VolumeBinding, PodTopologySpread). */
export function runPreFilters(
  pod: Pod,
  snapshot: SchedulingSnapshot,
  exceedsAllocatableIsUnresolvable: boolean,
): PreFilterOutcome {
  const nodeNames = nodeAffinityPreFilterNodeNames(pod);
  if (nodeNames !== undefined && nodeNames.size === 0) return reject(NODE_AFFINITY, ERR_NODE_AFFINITY_CONFLICT);
  const volumes = volumeBindingPreFilter(pod, snapshot.volumes);
  if (volumes.status === 'rejected') return reject(VOLUME_BINDING, volumes.message);
  const state: CycleState = {
    pod,
    request: podRequests(pod.spec),
    nonZeroRequest: podRequests(pod.spec, true),
    ports: podHostPorts(pod),
    exceedsAllocatableIsUnresolvable,
    skipNodeName: (pod.spec?.nodeName ?? '') === '',
    skipNodeAffinity:
      pod.spec?.nodeSelector === undefined &&
      pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution === undefined,
  };
  if (nodeNames !== undefined) state.nodeNames = nodeNames;
  if (volumes.status === 'ok') state.volumes = volumes.claims;
  const spread = spreadPreFilter(pod, snapshot.nodes, snapshot.workloads);
  if (spread !== undefined) state.spread = spread;
  return { rejected: false, state };
}

/**
 * RunFilterPlugins in the default profile's order, stopping at the first failure so each node reports one
 * plugin: NodeUnschedulable, NodeName, TaintToleration, NodeAffinity, NodePorts, NodeResourcesFit,
 * VolumeBinding, PodTopologySpread. (VolumeRestrictions, NodeVolumeLimits, VolumeZone and InterPodAffinity are
 * not simulated.)
 */
export function runFilters(state: CycleState, info: NodeInfo, snapshot: SchedulingSnapshot): FilterResult {
  const { pod } = state;
  let result = nodeUnschedulableFilter(pod, info);
  if (!result.pass) return result;
  if (!state.skipNodeName) {
    result = nodeNameFilter(pod, info);
    if (!result.pass) return result;
  }
  result = taintTolerationFilter(pod, info);
  if (!result.pass) return result;
  if (!state.skipNodeAffinity) {
    result = nodeAffinityFilter(pod, info);
    if (!result.pass) return result;
  }
  if (state.ports.length > 0) {
    result = nodePortsFilter(state.ports, info);
    if (!result.pass) return result;
  }
  result = nodeResourcesFitFilter(state.request, info, state.exceedsAllocatableIsUnresolvable);
  if (!result.pass || (state.volumes === undefined && state.spread === undefined)) return result;
  result = volumeBindingFilter(state.volumes, info, snapshot.volumes);
  if (!result.pass) return result;
  return spreadFilter(state.spread, pod, info);
}
