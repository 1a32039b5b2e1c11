import type { MessageTable } from '../field-spec';

/**
 * core/v1: pod and container status.
 * Field numbers and types as generated.proto declares them (Kubernetes 1.32), in Go struct order.
 */
export const CORE_V1_POD_STATUS: MessageTable = {
  'core.v1.PodStatus': [
    [1, 'phase', 'string'],
    [2, 'conditions', 'core.v1.PodCondition', 'repeated'],
    [3, 'message', 'string'],
    [4, 'reason', 'string'],
    [11, 'nominatedNodeName', 'string'],
    [5, 'hostIP', 'string'],
    [16, 'hostIPs', 'core.v1.HostIP', 'repeated'],
    [6, 'podIP', 'string'],
    [12, 'podIPs', 'core.v1.PodIP', 'repeated'],
    [7, 'startTime', 'meta.v1.Time'],
    [10, 'initContainerStatuses', 'core.v1.ContainerStatus', 'repeated'],
    [8, 'containerStatuses', 'core.v1.ContainerStatus', 'repeated'],
    [9, 'qosClass', 'string'],
    [13, 'ephemeralContainerStatuses', 'core.v1.ContainerStatus', 'repeated'],
    [14, 'resize', 'string'],
    [15, 'resourceClaimStatuses', 'core.v1.PodResourceClaimStatus', 'repeated'],
  ],
  'core.v1.PodCondition': [
    [1, 'type', 'string'],
    [2, 'status', 'string'],
    [3, 'lastProbeTime', 'meta.v1.Time'],
    [4, 'lastTransitionTime', 'meta.v1.Time'],
    [5, 'reason', 'string'],
    [6, 'message', 'string'],
  ],
  'core.v1.HostIP': [[1, 'ip', 'string']],
  'core.v1.PodIP': [[1, 'ip', 'string']],
  'core.v1.ContainerStatus': [
    [1, 'name', 'string'],
    [2, 'state', 'core.v1.ContainerState'],
    [3, 'lastState', 'core.v1.ContainerState'],
    [4, 'ready', 'bool'],
    [5, 'restartCount', 'int32'],
    [6, 'image', 'string'],
    [7, 'imageID', 'string'],
    [8, 'containerID', 'string'],
    [9, 'started', 'bool', 'pointer'],
    [10, 'allocatedResources', 'map:resource.Quantity'],
    [11, 'resources', 'core.v1.ResourceRequirements'],
    [12, 'volumeMounts', 'core.v1.VolumeMountStatus', 'repeated'],
    [13, 'user', 'core.v1.ContainerUser'],
    [14, 'allocatedResourcesStatus', 'core.v1.ResourceStatus', 'repeated'],
  ],
  'core.v1.PodResourceClaimStatus': [
    [1, 'name', 'string'],
    [2, 'resourceClaimName', 'string', 'pointer'],
  ],
  'core.v1.ContainerState': [
    [1, 'waiting', 'core.v1.ContainerStateWaiting'],
    [2, 'running', 'core.v1.ContainerStateRunning'],
    [3, 'terminated', 'core.v1.ContainerStateTerminated'],
  ],
  'core.v1.VolumeMountStatus': [
    [1, 'name', 'string'],
    [2, 'mountPath', 'string'],
    [3, 'readOnly', 'bool'],
    [4, 'recursiveReadOnly', 'string', 'pointer'],
  ],
  'core.v1.ContainerUser': [[1, 'linux', 'core.v1.LinuxContainerUser']],
  'core.v1.ResourceStatus': [
    [1, 'name', 'string'],
    [2, 'resources', 'core.v1.ResourceHealth', 'repeated'],
  ],
  'core.v1.ContainerStateWaiting': [
    [1, 'reason', 'string'],
    [2, 'message', 'string'],
  ],
  'core.v1.ContainerStateRunning': [[1, 'startedAt', 'meta.v1.Time']],
  'core.v1.ContainerStateTerminated': [
    [1, 'exitCode', 'int32'],
    [2, 'signal', 'int32'],
    [3, 'reason', 'string'],
    [4, 'message', 'string'],
    [5, 'startedAt', 'meta.v1.Time'],
    [6, 'finishedAt', 'meta.v1.Time'],
    [7, 'containerID', 'string'],
  ],
  'core.v1.LinuxContainerUser': [
    [1, 'uid', 'int64'],
    [2, 'gid', 'int64'],
    [3, 'supplementalGroups', 'int64', 'repeated'],
  ],
  'core.v1.ResourceHealth': [
    [1, 'resourceID', 'string'],
    [2, 'health', 'string'],
  ],
};
