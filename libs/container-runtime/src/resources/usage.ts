import type { RuntimeContainerSpec } from '../model/container-spec';
import type { ContainerState } from '../model/container-state';

/** What metrics report for a running container: CPU capped by its limit, the rest counted as throttled. */
export interface ContainerUsage {
  /** What the process would use without a limit. */
  wantedMillicores: number;
  /** What it gets: min(wanted, limits.cpu). */
  cpuMillicores: number;
  /** wanted - capped: CFS throttling (what container_cpu_cfs_throttled reports, as a rate). */
  throttledMillicores: number;
  memoryBytes: number;
}

export function cpuFigures(
  wantedMillicores: number,
  limitMillicores?: number,
): { cpuMillicores: number; throttledMillicores: number } {
  const capped = limitMillicores === undefined ? wantedMillicores : Math.min(wantedMillicores, limitMillicores);
  return { cpuMillicores: capped, throttledMillicores: wantedMillicores - capped };
}

/** The usage of a running container, undefined otherwise (a stopped container uses nothing). */
export function containerUsage(
  state: ContainerState,
  spec: Pick<RuntimeContainerSpec, 'cpuLimitMillicores'>,
): ContainerUsage | undefined {
  if (state.stage.kind !== 'running' || !state.process) return undefined;
  const wanted = state.process.usage.cpuMillicores;
  return {
    wantedMillicores: wanted,
    ...cpuFigures(wanted, spec.cpuLimitMillicores),
    memoryBytes: state.process.usage.memoryBytes,
  };
}
