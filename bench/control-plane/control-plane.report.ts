import { type Figure, fmt, formatTable, printSection } from '../report';
import type { ControlPlaneResults } from './control-plane';

const ROLLOUT_TARGET_MS = 2000;
const PODS_PER_SECOND_TARGET = 300;
const DECISIONS_PER_SECOND_TARGET = 1000;

const perSecond = (count: number, ms: number): number => (ms > 0 ? (count / ms) * 1000 : 0);

export function reportControlPlane(r: ControlPlaneResults): Figure[] {
  const rawRate = perSecond(r.raw.ops, r.raw.elapsedMs);
  const podsRate = perSecond(r.throughputPods, r.throughputMs);
  const decisions = perSecond(r.scheduledPods, r.schedulingMs);
  printSection(
    'Control plane (fast profile; worker loops in this process; every figure includes Postgres and Redis round trips)',
    formatTable(
      ['run', 'objects', 'wall', 'rate', 'raw commits/s (same run)'],
      [
        [
          `Deployment of ${r.options.replicas}: apply -> all Running`,
          fmt.int(r.options.replicas),
          fmt.ms(r.rolloutMs),
          fmt.rate(perSecond(r.options.replicas, r.rolloutMs)),
          fmt.rate(rawRate),
        ],
        [
          `${r.options.sandboxes} sandboxes x ${r.options.podsEach}: apply -> all Running`,
          fmt.int(r.throughputPods),
          fmt.ms(r.throughputMs),
          fmt.rate(podsRate),
          fmt.rate(rawRate),
        ],
        [
          `scheduler loop: ${r.scheduledPods} pending pods on ${r.nodes} nodes -> bound`,
          fmt.int(r.scheduledPods),
          fmt.ms(r.schedulingMs),
          fmt.rate(decisions),
          fmt.rate(rawRate),
        ],
      ],
    ),
  );
  return [
    { name: 'raw single-row commits (control-plane run)', value: fmt.rate(rawRate), target: 'baseline' },
    {
      name: `Deployment of ${r.options.replicas} to all Running`,
      value: fmt.ms(r.rolloutMs),
      target: `<= ${ROLLOUT_TARGET_MS} ms`,
      pass: r.rolloutMs <= ROLLOUT_TARGET_MS,
    },
    {
      name: `pods created -> Running, ${r.options.sandboxes} sandboxes`,
      value: fmt.rate(podsRate),
      target: `>= ${PODS_PER_SECOND_TARGET}/s (KWOK 20/s, density test ~100/s)`,
      pass: podsRate >= PODS_PER_SECOND_TARGET,
    },
    {
      name: `scheduling decisions, ${r.nodes} nodes`,
      value: fmt.rate(decisions),
      target: `>= ${DECISIONS_PER_SECOND_TARGET}/s`,
      pass: decisions >= DECISIONS_PER_SECOND_TARGET,
    },
  ];
}
