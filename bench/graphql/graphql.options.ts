import { positiveInt } from '../options';

/** Sizes, rates and durations of the GraphQL subscription benchmark; each has an environment override. */
export interface GraphqlOptions {
  /** Subscribers of the one busy sandbox (BENCH_GQL_SUBSCRIBERS). */
  subscribers: number;
  /** Pods of the busy sandbox the writes go round (BENCH_GQL_PODS). */
  pods: number;
  /** Sandboxes of the spread run, one pod each (BENCH_GQL_SPREAD_SANDBOXES) ... */
  spreadSandboxes: number;
  /** ... and subscribers per sandbox (BENCH_GQL_SPREAD_PER_SANDBOX). */
  spreadPerSandbox: number;
  /** Pod writes per second in total, in every run (BENCH_GQL_RATE) ... */
  rate: number;
  /** ... for this long in the fan-out runs (BENCH_GQL_SECONDS) ... */
  seconds: number;
  /** ... and in the baselines (BENCH_GQL_BASELINE_SECONDS). */
  baselineSeconds: number;
  /** Longest wait for the events after the last write (BENCH_GQL_DRAIN_SECONDS). */
  drainSeconds: number;
  /** Connections opened at once (BENCH_GQL_OPEN_CONCURRENCY). */
  openConcurrency: number;
  /** When set, the API process writes a V8 CPU profile (.cpuprofile) into this directory (BENCH_GQL_PROFILE_DIR). */
  profileDir?: string;
  /**
   * When set, the API process writes a heap snapshot into this directory at each memory sample of the
   * fan-out runs (BENCH_GQL_HEAP_DIR): diff them to see what a subscription holds.
   */
  heapDir?: string;
}

export function graphqlOptions(): GraphqlOptions {
  return {
    subscribers: Math.max(1, positiveInt('BENCH_GQL_SUBSCRIBERS', 1000)),
    pods: Math.max(1, positiveInt('BENCH_GQL_PODS', 10)),
    spreadSandboxes: Math.max(1, positiveInt('BENCH_GQL_SPREAD_SANDBOXES', 500)),
    spreadPerSandbox: Math.max(1, positiveInt('BENCH_GQL_SPREAD_PER_SANDBOX', 10)),
    rate: Math.max(1, positiveInt('BENCH_GQL_RATE', 200)),
    seconds: Math.max(1, positiveInt('BENCH_GQL_SECONDS', 5)),
    baselineSeconds: Math.max(1, positiveInt('BENCH_GQL_BASELINE_SECONDS', 3)),
    drainSeconds: Math.max(1, positiveInt('BENCH_GQL_DRAIN_SECONDS', 15)),
    openConcurrency: Math.max(1, positiveInt('BENCH_GQL_OPEN_CONCURRENCY', 50)),
    profileDir: process.env.BENCH_GQL_PROFILE_DIR || undefined,
    heapDir: process.env.BENCH_GQL_HEAP_DIR || undefined,
  };
}
