import type { ContainerEvent } from '../messages/kubelet-messages';
import type { RuntimeContainerSpec, RuntimePodSpec } from '../model/container-spec';
import { drivePod, newPodRuntime, podPhase, type PodContext, type PodRuntimeState } from '../pod/pod-runtime';
import { ProcessTable } from '../process/process-table';
import { containerStatusOf } from '../status/container-status';
import { RUNTIME_TIMINGS, type RuntimeTimings } from '../timing/runtime-timings';

export const T0 = Date.UTC(2026, 10, 25, 3, 0, 0);

export const container = (
  name: string,
  image: string,
  extra: Partial<RuntimeContainerSpec> = {},
): RuntimeContainerSpec => ({
  name,
  image,
  env: {},
  ...extra,
});

export const pod = (extra: Partial<RuntimePodSpec>): RuntimePodSpec => ({
  name: 'web',
  namespace: 'default',
  uid: '0b6a1b5e-0000-4000-8000-000000000001',
  hostname: 'web',
  podIP: '10.244.1.5',
  initContainers: [],
  containers: [],
  ...extra,
});

/** What a container displayed, as `kubectl get pods` would read it: a waiting reason, Running, or a terminated reason. */
export function label(status: ReturnType<typeof containerStatusOf>): string {
  if (status.state?.waiting) return status.state.waiting.reason ?? '';
  if (status.state?.running) return 'Running';
  return status.state?.terminated?.reason ?? '?';
}

export interface Simulation {
  state: PodRuntimeState;
  events: ContainerEvent[];
  /** Per container name: [ms since T0, label, restartCount] whenever the label or count changed. */
  timeline: Record<string, [number, string, number][]>;
  processes: ProcessTable;
  ctx: PodContext;
  phase: () => string;
  /** Drives on to `until` (ms since T0). */
  runTo: (until: number) => Simulation;
}

/** Drives a pod on simulated time at exactly the times the runtime asks for, recording what kubectl would see. */
export function simulate(
  spec: RuntimePodSpec,
  options: { timings?: RuntimeTimings; imagesOnNode?: string[]; processes?: ProcessTable } = {},
): Simulation {
  const processes = options.processes ?? new ProcessTable();
  const onNode = new Set(options.imagesOnNode ?? []);
  const ctx: PodContext = {
    pod: spec,
    timings: options.timings ?? RUNTIME_TIMINGS.realistic,
    imagesOnNode: onNode,
    processes,
  };
  let next: number | undefined = T0;
  const sim: Simulation = {
    state: newPodRuntime(spec, T0),
    events: [],
    timeline: {},
    processes,
    ctx,
    phase: () => podPhase(sim.state, spec.restartPolicy),
    runTo: (until) => {
      for (let i = 0; i < 10_000 && next !== undefined && next <= T0 + until; i++) {
        const step = drivePod(sim.state, spec, { ...ctx, imagesOnNode: onNode }, next);
        step.pulled.forEach((image) => onNode.add(image));
        sim.state = step.state;
        sim.events.push(...step.events);
        record(sim, spec, next);
        next = step.next;
      }
      return sim;
    },
  };
  return sim;
}

function record(sim: Simulation, spec: RuntimePodSpec, at: number): void {
  for (const c of [...sim.state.initContainers, ...sim.state.containers]) {
    const status = containerStatusOf(c, spec);
    const line = (sim.timeline[c.name] ??= []);
    const last = line.at(-1);
    const entry: [number, string, number] = [at - T0, label(status), status.restartCount];
    if (!last || last[1] !== entry[1] || last[2] !== entry[2]) line.push(entry);
  }
}

/** Events as "Reason: message" lines (times left out), for sequence assertions. */
export const eventLines = (events: readonly ContainerEvent[], fieldPath?: string): string[] =>
  events.filter((e) => !fieldPath || e.fieldPath === fieldPath).map((e) => `${e.reason}: ${e.message}`);
