import { type Figure, fmt, formatTable, printSection } from '../report';
import type { LoopResult } from '../support/closed-loop';
import { cpuPer } from '../support/cpu-probe';
import type { CpuUse } from '../support/cpu-sample';
import { summarize } from '../support/stats';
import type { FoundationResults } from './foundation';
import type { IdleCpu } from './idle-cpu.bench';

const P99_TARGET_MS = 50;
const BYTES_TARGET = 100_000;
const UPDATE_RATIO_TARGET = 0.5;
/**
 * "Idle sandboxes use no CPU", within measurement noise: all the idle sandboxes together may add at most
 * 1 ms of CPU per second (0.1 % of a core) to the worker's idle use with no sandboxes.
 */
const IDLE_GROWTH_TARGET_MS = 1;

/** CPU per operation, by process: where a CPU-bound run spends its time. */
const CPU_HEADERS = ['cpu/op: node', 'redis', 'postgres'];
const cpuCells = (perOp: CpuUse): string[] => [
  fmt.us(perOp.processMs),
  fmt.us(perOp.redisMs),
  fmt.us(perOp.postgresMs),
];

const rateOf = (run: LoopResult): number => (run.ops / run.elapsedMs) * 1000;

function printDetails(r: FoundationResults): void {
  const env = r.environment;
  printSection(
    'Environment',
    `Postgres ${env.postgres} (fsync=${env.fsync}, synchronous_commit=${env.synchronousCommit}), app pool ${env.poolSize}, ` +
      `resync every ${env.resyncSeconds} s, node ${process.version}`,
  );

  const p = r.provisioning;
  printSection(
    `Provisioning: ${p.latency.count} sandboxes of 3 nodes, ${p.concurrency} in flight, ${r.options.warmup} warm-up creates not counted`,
    formatTable(
      ['p50', 'p90', 'p99', 'max', 'mean', 'throughput', 'wall', ...CPU_HEADERS],
      [
        [
          fmt.ms(p.latency.p50),
          fmt.ms(p.latency.p90),
          fmt.ms(p.latency.p99),
          fmt.ms(p.latency.max),
          fmt.ms(p.latency.mean),
          fmt.rate(p.perSecond),
          fmt.ms(p.wallMs),
          ...cpuCells(cpuPer(r.provisioningCpu, p.latency.count)),
        ],
      ],
    ),
  );

  const f = r.footprint;
  printSection(
    'Database bytes per idle sandbox (pg_total_relation_size: heap, indexes, TOAST; growth / sandboxes provisioned)',
    formatTable(
      ['table', 'rows/sandbox', 'bytes/sandbox'],
      [
        ...f.perTable.map((t) => [t.table, t.rowsPerSandbox.toFixed(2), fmt.int(t.bytesPerSandbox)]),
        ['total', '', fmt.int(f.bytesPerSandbox)],
      ],
    ),
  );

  const idleRow = (label: string, idle: IdleCpu) => [
    label,
    fmt.ms(idle.windowMs),
    fmt.cpu(idle.perSecond.processMs),
    fmt.cpu(idle.perSecond.redisMs),
    fmt.cpu(idle.perSecond.postgresMs),
  ];
  printSection(
    'Idle CPU, worker control loops running in-process (ms of CPU per second; 1000 = one core)',
    formatTable(
      [
        'sandboxes',
        'window',
        'this process',
        'redis',
        env.postgresCpuVisible ? 'postgres (all processes)' : 'postgres',
      ],
      [idleRow('0', r.idleEmpty), idleRow(String(r.options.sandboxes), r.idleFull)],
    ),
  );

  const runRow = (label: string, run: LoopResult) => {
    const latency = summarize(run.latenciesMs);
    return [
      label,
      fmt.int(run.ops),
      fmt.rate(rateOf(run)),
      fmt.ms(latency.p50),
      fmt.ms(latency.p99),
      String(run.errors),
      ...cpuCells(cpuPer(run.cpu, run.ops)),
    ];
  };
  printSection(
    `Single-object writes: ${r.updateClients} clients (one per sandbox), pool ${env.poolSize}, ${r.options.updateSeconds} s each`,
    formatTable(
      ['run', 'ops', 'rate', 'p50', 'p99', 'errors', ...CPU_HEADERS],
      [
        runRow('raw INSERT (before)', r.raw[0]),
        runRow('StoreService.update', r.store),
        runRow('raw INSERT (after)', r.raw[1]),
      ],
    ),
  );
  for (const run of [r.store, ...r.raw]) if (run.firstError) console.log(`first error: ${run.firstError}`);
}

function figures(r: FoundationResults): Figure[] {
  const p = r.provisioning.latency;
  const storeRate = rateOf(r.store);
  const rawRate = r.raw.reduce((sum, run) => sum + rateOf(run), 0) / r.raw.length;
  const ratio = rawRate > 0 ? storeRate / rawRate : 0;
  const n = Math.max(1, r.options.sandboxes);
  const growth = r.idleFull.perSecond.processMs - r.idleEmpty.perSecond.processMs;
  return [
    {
      name: 'provisioning p99',
      value: fmt.ms(p.p99),
      target: `<= ${P99_TARGET_MS} ms (kind ~14 s, k3d ~12.6 s)`,
      pass: p.p99 <= P99_TARGET_MS,
    },
    { name: 'provisioning p50', value: fmt.ms(p.p50), target: '' },
    { name: 'provisioning throughput', value: fmt.rate(r.provisioning.perSecond), target: '' },
    {
      name: 'database bytes per idle sandbox',
      value: fmt.kb(r.footprint.bytesPerSandbox),
      target: '<= 100 KB',
      pass: r.footprint.bytesPerSandbox <= BYTES_TARGET,
    },
    { name: 'store updates (single object)', value: fmt.rate(storeRate), target: '' },
    { name: 'raw single-row commits (mean)', value: fmt.rate(rawRate), target: '' },
    {
      name: 'store updates / raw commits',
      value: fmt.pct(ratio),
      target: '>= 50 %',
      pass: r.store.errors === 0 && ratio >= UPDATE_RATIO_TARGET,
    },
    {
      name: `idle CPU, ${r.options.sandboxes} sandboxes`,
      value: fmt.cpu(r.idleFull.perSecond.processMs),
      target: `(0 sandboxes: ${fmt.cpu(r.idleEmpty.perSecond.processMs)})`,
    },
    {
      name: 'idle CPU per sandbox (growth)',
      value: `${(growth / n).toFixed(5)} ms/s`,
      target: `~0 (all together <= ${IDLE_GROWTH_TARGET_MS} ms/s over 0 sandboxes)`,
      pass: growth <= IDLE_GROWTH_TARGET_MS,
    },
  ];
}

export function reportFoundation(results: FoundationResults): Figure[] {
  printDetails(results);
  return figures(results);
}
