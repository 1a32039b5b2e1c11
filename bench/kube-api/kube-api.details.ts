import { fmt, formatTable, printSection } from '../report';
import type { LoopResult } from '../support/closed-loop';
import { summarize } from '../support/stats';
import { CPU_HEADERS, cpuCells, latencyCells, stallsLine } from './cells';
import type { KubeApiResults } from './kube-api';
import type { ListRun } from './list.bench';
import { printWatchDetails } from './watch.details';

function printGets(r: KubeApiResults): void {
  const g = r.get;
  const row = (label: string, clients: number, run: LoopResult) => [
    label,
    String(clients),
    fmt.int(run.ops),
    fmt.rate((run.ops / run.elapsedMs) * 1000),
    ...latencyCells(summarize(run.latenciesMs)),
    String(run.errors),
    ...cpuCells(run.cpu, run.ops),
  ];
  printSection(
    `Single-object GET over HTTPS (keep-alive), closed loop, spread over ${r.options.sandboxes} sandboxes, ` +
      `${r.options.getSeconds} s per run; node CPU is client and server together`,
    formatTable(
      ['run', 'clients', 'ops', 'rate', 'p50', 'p90', 'p99', 'max', 'errors', ...CPU_HEADERS],
      [
        row('GET configmap', 1, g.single),
        row('GET configmap', g.clients, g.http),
        row('GET /clusters/{id}/version (auth, no store)', g.clients, g.authOnly),
        row('GET /version (TLS + Nest, no auth)', g.clients, g.transportOnly),
        row('KubeAccessService.authorize (no HTTP)', g.clients, g.authorize),
        row('StoreService.get (no HTTP, no auth)', g.clients, g.store),
      ],
    ),
  );
  for (const run of [g.single, g.http, g.authOnly, g.transportOnly, g.authorize, g.store]) {
    if (run.firstError) console.log(`first error: ${run.firstError}`);
  }
}

function printCreates(r: KubeApiResults): void {
  const c = r.create.result;
  printSection(
    `Create: POST of a new ConfigMap (~300 B) paced at ${fmt.rate(r.create.ratePerSecond)} for ${r.options.createSeconds} s ` +
      '(open loop, latency from the scheduled start), round-robin over the sandboxes',
    formatTable(
      ['scheduled', 'done', 'skipped', 'errors', 'achieved', 'p50', 'p90', 'p99', 'max', 'start lag', ...CPU_HEADERS],
      [
        [
          fmt.int(c.scheduled),
          fmt.int(c.completed),
          fmt.int(c.skipped),
          fmt.int(c.errors),
          fmt.rate((c.completed / c.elapsedMs) * 1000),
          ...latencyCells(summarize(c.latenciesMs)),
          fmt.ms(c.maxStartLagMs),
          ...cpuCells(r.create.cpu, c.completed),
        ],
      ],
    ),
  );
  console.log(stallsLine('this process (client and server)', r.create.stalls));
  if (c.firstError) console.log(`first error: ${c.firstError}`);
}

function printLists(r: KubeApiResults): void {
  const l = r.list;
  const row = (label: string, run: ListRun) => [
    label,
    fmt.int(run.items),
    run.bytes ? fmt.kb(run.bytes) : '',
    ...latencyCells(run.latency),
  ];
  printSection(
    `LIST of ${fmt.int(l.pods)} pods in one sandbox (seeded through the store in ${fmt.ms(l.seedMs)}), ` +
      `${r.options.lists} lists each, one at a time`,
    formatTable(
      ['run', 'items', 'size', 'p50', 'p90', 'p99', 'max'],
      [
        row('GET pods (PodList JSON)', l.json),
        row('GET pods (Table, as kubectl get)', l.table),
        row('StoreService.list (no HTTP)', l.store),
      ],
    ),
  );
}

function printEnvironment(r: KubeApiResults): void {
  const e = r.environment;
  const m = e.machine;
  const busy = m.busyCores === null ? 'n/a' : m.busyCores.toFixed(2);
  printSection(
    'Kubernetes endpoint: environment',
    `endpoint in this process (createKubeApp, HTTPS on port 0, HTTP/1.1), app pool ${e.poolSize} per Nest app, ` +
      `watch poll ${e.watchPollMs} ms, LOG_LEVEL ${e.logLevel}, node ${process.version}\n` +
      `host: ${m.cores} cores, ${busy} busy on average during this part (every process of the host: this one, ` +
      `the watch process, Postgres, Redis and anything else), load average ${m.loadBefore.toFixed(2)} before, ` +
      `${m.loadAfter.toFixed(2)} after`,
  );
}

export function printKubeApiDetails(r: KubeApiResults): void {
  printEnvironment(r);
  printGets(r);
  printCreates(r);
  printLists(r);
  printWatchDetails(r);
}
