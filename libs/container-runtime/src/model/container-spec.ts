import type { PullPolicy, RestartPolicy } from './container-state';

/**
 * What the runtime needs of a container, resolved by the kubelet beforehand: env (with valueFrom and
 * envFrom resolved), limits as numbers, and a config error when a reference is missing.
 */
export interface RuntimeContainerSpec {
  name: string;
  image: string;
  /** Defaulted by the API server (Always for :latest or no tag); defaulted the same way here when absent. */
  imagePullPolicy?: PullPolicy;
  command?: readonly string[];
  args?: readonly string[];
  /** The container's environment as the kubelet resolved it (pod env, envFrom, valueFrom, service links). */
  env: Readonly<Record<string, string>>;
  workingDir?: string;
  /** resources.limits.memory in bytes. */
  memoryLimitBytes?: number;
  /** resources.limits.cpu in millicores. */
  cpuLimitMillicores?: number;
  /** Only on init containers: Always makes it a sidecar (started in order, then kept running). */
  restartPolicy?: 'Always';
  /** Set when env or volume references are missing: the container waits with CreateContainerConfigError. */
  configError?: string;
}

/** The pod around the containers, as the runtime's messages and processes need it. */
export interface RuntimePodSpec {
  name: string;
  namespace: string;
  uid: string;
  /** Defaults to Always, as the API server sets it. */
  restartPolicy?: RestartPolicy;
  hostname: string;
  podIP: string;
  initContainers: readonly RuntimeContainerSpec[];
  containers: readonly RuntimeContainerSpec[];
}

/** format.Pod(pod): how the kubelet names a pod in messages, name_namespace(uid). */
export const formatPod = (pod: Pick<RuntimePodSpec, 'name' | 'namespace' | 'uid'>): string =>
  `${pod.name}_${pod.namespace}(${pod.uid})`;
