import { CONTROL_PLANE_TAINT, NodeSpec } from './node-spec';

const node = (
  name: string,
  role: NodeSpec['role'],
  cpu: string,
  memory: string,
  tainted = role === 'control-plane',
): NodeSpec => ({
  name,
  role,
  cpu,
  memory,
  maxPods: 110,
  labels: {},
  taints: tainted ? [CONTROL_PLANE_TAINT] : [],
});

/** Named layouts. "single" is minikube-like (one untainted control-plane node); the others are kind-like. */
export const PRESETS: Record<string, NodeSpec[]> = {
  single: [node('control-plane', 'control-plane', '2', '4Gi', false)],
  standard: [
    node('control-plane', 'control-plane', '2', '4Gi'),
    node('node-1', 'worker', '2', '4Gi'),
    node('node-2', 'worker', '2', '4Gi'),
  ],
  large: [
    node('control-plane', 'control-plane', '2', '4Gi'),
    ...[1, 2, 3, 4, 5].map((i) => node(`node-${i}`, 'worker', '4', '8Gi')),
  ],
};

export const DEFAULT_PRESET = 'standard';
