import { fmt } from '../report';
import { cpuPer } from '../support/cpu-probe';
import type { CpuUse } from '../support/cpu-sample';
import type { Stalls } from '../support/stalls';
import type { LatencySummary } from '../support/stats';

/** Table cells shared by the kube-api sections. */
export const CPU_HEADERS = ['cpu/op: node', 'redis', 'postgres'];

export const cpuCells = (cpu: CpuUse, ops: number): string[] => {
  const per = cpuPer(cpu, ops);
  return [fmt.us(per.processMs), fmt.us(per.redisMs), fmt.us(per.postgresMs)];
};

export const latencyCells = (l: LatencySummary): string[] => [
  fmt.ms(l.p50),
  fmt.ms(l.p90),
  fmt.ms(l.p99),
  fmt.ms(l.max),
];

/** One line on what held the event loop up. */
export const stallsLine = (who: string, s: Stalls): string =>
  `${who}: event-loop delay p99 ${fmt.ms(s.loopDelayP99Ms)}, max ${fmt.ms(s.loopDelayMaxMs)}; ` +
  `${s.gcCount} GCs, ${fmt.ms(s.gcTotalMs)} in all, longest ${fmt.ms(s.gcMaxMs)}`;
