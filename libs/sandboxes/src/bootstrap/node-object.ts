import { createHash } from 'node:crypto';
import { kibibytes } from '@ksb/quantity';
import type { KubeObject } from '@ksb/store';
import type { NodeSpec } from '../layout/node-spec';
import {
  CONTAINER_RUNTIME_VERSION,
  KERNEL_VERSION,
  KUBERNETES_VERSION,
  nodeAddressOf,
  OS_IMAGE,
  podCidrOf,
} from './versions';

/** A stable UUID-shaped id derived from the sandbox and node, so a reset node keeps its machine id. */
const stableId = (seed: string): string => {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
};

const condition = (type: string, status: string, reason: string, message: string, now: string) => ({
  type,
  status,
  lastHeartbeatTime: now,
  lastTransitionTime: now,
  reason,
  message,
});

/** A Node as a freshly joined kubelet registers it. */
export function nodeObject(sandboxId: string, spec: NodeSpec, index: number, now: string): KubeObject {
  const controlPlane = spec.role === 'control-plane';
  const resources = {
    cpu: spec.cpu,
    'ephemeral-storage': '102400Mi',
    'hugepages-1Gi': '0',
    'hugepages-2Mi': '0',
    memory: kibibytes(spec.memory),
    pods: String(spec.maxPods),
  };
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: spec.name,
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': spec.name,
        'kubernetes.io/os': 'linux',
        ...(controlPlane
          ? {
              'node-role.kubernetes.io/control-plane': '',
              'node.kubernetes.io/exclude-from-external-load-balancers': '',
            }
          : {}),
        ...spec.labels,
      },
      annotations: {
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: {
      podCIDR: podCidrOf(index),
      podCIDRs: [podCidrOf(index)],
      providerID: `kube-sandbox://${sandboxId}/${spec.name}`,
      ...(spec.taints.length ? { taints: spec.taints.map((t) => ({ ...t })) } : {}),
    },
    status: {
      capacity: resources,
      allocatable: { ...resources },
      addresses: [
        { type: 'InternalIP', address: nodeAddressOf(index) },
        { type: 'Hostname', address: spec.name },
      ],
      conditions: [
        condition(
          'MemoryPressure',
          'False',
          'KubeletHasSufficientMemory',
          'kubelet has sufficient memory available',
          now,
        ),
        condition('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure', now),
        condition('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available', now),
        condition('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status', now),
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: 'amd64',
        bootID: stableId(`${sandboxId}/${spec.name}/boot`),
        containerRuntimeVersion: CONTAINER_RUNTIME_VERSION,
        kernelVersion: KERNEL_VERSION,
        kubeProxyVersion: KUBERNETES_VERSION,
        kubeletVersion: KUBERNETES_VERSION,
        machineID: stableId(`${sandboxId}/${spec.name}/machine`).replace(/-/g, ''),
        operatingSystem: 'linux',
        osImage: OS_IMAGE,
        systemUUID: stableId(`${sandboxId}/${spec.name}/system`),
      },
    },
  };
}
