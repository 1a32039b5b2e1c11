import { positiveInt } from '../options';

export interface ControlPlaneOptions {
  /** Replicas of the single-Deployment rollout (BENCH_CP_REPLICAS). */
  replicas: number;
  /** Sandboxes of the throughput run (BENCH_CP_SANDBOXES), each with one Deployment of BENCH_CP_PODS_EACH. */
  sandboxes: number;
  podsEach: number;
  /** Nodes and pending pods of the scheduler run (BENCH_CP_NODES, BENCH_CP_SCHEDULED_PODS). */
  nodes: number;
  scheduledPods: number;
  /** Length of each raw-commit baseline run (BENCH_CP_RAW_SECONDS). */
  rawSeconds: number;
}

export function controlPlaneOptions(): ControlPlaneOptions {
  return {
    replicas: Math.max(1, positiveInt('BENCH_CP_REPLICAS', 100)),
    sandboxes: Math.max(1, positiveInt('BENCH_CP_SANDBOXES', 20)),
    podsEach: Math.max(1, positiveInt('BENCH_CP_PODS_EACH', 50)),
    nodes: Math.max(1, positiveInt('BENCH_CP_NODES', 1000)),
    scheduledPods: Math.max(1, positiveInt('BENCH_CP_SCHEDULED_PODS', 2000)),
    rawSeconds: Math.max(1, positiveInt('BENCH_CP_RAW_SECONDS', 3)),
  };
}
