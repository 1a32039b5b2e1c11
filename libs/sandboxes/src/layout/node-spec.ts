export type TaintEffect = 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';

export interface NodeTaint {
  key: string;
  value?: string;
  effect: TaintEffect;
}

/** One simulated node of a sandbox, as its layout describes it. */
export interface NodeSpec {
  name: string;
  role: 'control-plane' | 'worker';
  cpu: string;
  memory: string;
  maxPods: number;
  labels: Record<string, string>;
  taints: NodeTaint[];
}

/** The request's node layout: uniform workers. */
export interface NodesRequest {
  count: number;
  cpu: string;
  memory: string;
  maxPods?: number;
  labels?: Record<string, string>;
  taints?: NodeTaint[];
}

export const CONTROL_PLANE_TAINT: NodeTaint = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' };
