import { positiveInt } from '../options';

/** Sizes, rates and durations of the Kubernetes endpoint benchmark; each has an environment override. */
export interface KubeApiOptions {
  /** Sandboxes the load is spread over (BENCH_KUBE_SANDBOXES). */
  sandboxes: number;
  /** Closed-loop clients of the GET runs (BENCH_KUBE_GET_CLIENTS). */
  getClients: number;
  /** Length of each GET run (BENCH_KUBE_GET_SECONDS). */
  getSeconds: number;
  /** Paced ConfigMap creates per second (BENCH_KUBE_CREATE_RATE) ... */
  createRate: number;
  /** ... for this long (BENCH_KUBE_CREATE_SECONDS). */
  createSeconds: number;
  /** Pods in the listed sandbox (BENCH_KUBE_LIST_PODS). */
  listPods: number;
  /** Measured lists per representation (BENCH_KUBE_LISTS). */
  lists: number;
  /** Concurrent watches, spread evenly over the sandboxes (BENCH_KUBE_WATCHES). */
  watches: number;
  /** Writes per second while the watches are open (BENCH_KUBE_WATCH_RATE) ... */
  watchWriteRate: number;
  /** ... for this long (BENCH_KUBE_WATCH_SECONDS). */
  watchSeconds: number;
}

export function kubeApiOptions(): KubeApiOptions {
  const sandboxes = Math.max(1, positiveInt('BENCH_KUBE_SANDBOXES', 100));
  return {
    sandboxes,
    getClients: Math.max(1, positiveInt('BENCH_KUBE_GET_CLIENTS', 8)),
    getSeconds: Math.max(1, positiveInt('BENCH_KUBE_GET_SECONDS', 5)),
    createRate: Math.max(1, positiveInt('BENCH_KUBE_CREATE_RATE', 500)),
    createSeconds: Math.max(1, positiveInt('BENCH_KUBE_CREATE_SECONDS', 10)),
    listPods: positiveInt('BENCH_KUBE_LIST_PODS', 1000),
    lists: Math.max(1, positiveInt('BENCH_KUBE_LISTS', 20)),
    watches: Math.max(sandboxes, positiveInt('BENCH_KUBE_WATCHES', 1000)),
    watchWriteRate: Math.max(1, positiveInt('BENCH_KUBE_WATCH_RATE', 100)),
    watchSeconds: Math.max(1, positiveInt('BENCH_KUBE_WATCH_SECONDS', 10)),
  };
}
