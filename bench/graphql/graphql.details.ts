import { fmt, formatTable, printSection } from '../report';
import type { MemorySample } from '../support/memory';
import type { Stalls } from '../support/stalls';
import { summarize } from '../support/stats';
import { deliveredText, latencyCells, lateMs, subscriberMemory } from './cells';
import type { FanOutRun, MeasuredRun, RunCpu } from './fan-out';
import type { GraphqlResults } from './graphql';

const perDelivery = (ms: number | null, run: MeasuredRun): string =>
  ms === null ? 'n/a' : fmt.us(ms / Math.max(1, run.delivery.delivered));
const cores = (ms: number | null, cpu: RunCpu): string => (ms === null ? 'n/a' : (ms / cpu.elapsedMs).toFixed(2));

const stallsLine = (who: string, s: Stalls): string =>
  `${who}: event-loop delay p99 ${fmt.ms(s.loopDelayP99Ms)}, max ${fmt.ms(s.loopDelayMaxMs)}; ` +
  `${s.gcCount} GCs, ${fmt.ms(s.gcTotalMs)} in all, longest ${fmt.ms(s.gcMaxMs)}`;

function header(r: GraphqlResults): string {
  const m = r.environment.machine;
  const busy = m.busyCores === null ? 'n/a' : m.busyCores.toFixed(2);
  return [
    `API: createApiApp() in a child process (node --expose-gc, NODE_ENV=production as in the Docker image) on ` +
      `127.0.0.1, /graphql over WebSocket ` +
      `(graphql-transport-ws); its CPU, loop and heap are the server's alone.`,
    `Subscribers: a second child process, graphql-ws createClient on the ws package, one WebSocket per ` +
      `subscriber (as one per browser tab), sandbox-scoped bearer token in connectionParams; latency is ` +
      `taken when the event reaches the sink (after graphql-ws parsed it).`,
    `Writer: this process, StoreService.update of pods (~2.5 KB JSON) round-robin at ` +
      `${fmt.rate(r.options.rate)} (open loop): Postgres store_commit, then Redis publish to the API process.`,
    `Latency = receipt - send (stamped just before the commit call; same host clock); an event never ` +
      `received within ${r.options.drainSeconds} s counts as infinitely late.`,
    `${m.cores} cores; whole machine ${busy} cores busy on average over the part; load ` +
      `${m.loadBefore.toFixed(2)} -> ${m.loadAfter.toFixed(2)}; LOG_LEVEL ${r.environment.logLevel}; ` +
      `fixture (sandboxes, tokens, pods) took ${fmt.ms(r.environment.provisionMs)}.`,
  ].join('\n');
}

function printDelivery(r: GraphqlResults): void {
  const runs: [string, number, MeasuredRun][] = [
    ['raw Redis pub/sub (baseline)', 1, r.raw],
    ...[r.single, r.busy, r.spread].map((run): [string, number, MeasuredRun] => [run.label, run.connect.opened, run]),
  ];
  const rows = runs.map(([label, subscribers, run]) => [
    label,
    fmt.int(subscribers),
    deliveredText(run.delivery),
    ...latencyCells(run.delivery.sentToReceived),
    lateMs(run.delivery.committedToReceived.p99),
    fmt.rate(run.delivery.deliveriesPerSecond),
  ]);
  const writes = runs.map(([label, , run]) => {
    const w = summarize(run.writes.latenciesMs);
    return [
      label,
      fmt.int(run.writes.completed),
      String(run.writes.errors + run.writes.skipped),
      fmt.ms(w.p50),
      fmt.ms(w.p99),
      fmt.ms(run.writes.maxStartLagMs),
    ];
  });
  const cpu = runs.map(([label, , run]) => [
    label,
    fmt.ms(run.cpu.elapsedMs),
    run.cpu.hostCores === null ? 'n/a' : run.cpu.hostCores.toFixed(2),
    cores(run.cpu.apiMs, run.cpu),
    cores(run.cpu.subscribersMs, run.cpu),
    cores(run.cpu.writerMs, run.cpu),
    // The raw baseline does not go through the API: its CPU there is the idle process's.
    run === r.raw ? '-' : perDelivery(run.cpu.apiMs, run),
    perDelivery(run.cpu.subscribersMs, run),
  ]);
  const notes = runs.flatMap(([label, , run]) => {
    const d = run.delivery;
    const lines: string[] = [];
    if (d.outOfOrder) lines.push(`${label}: ${fmt.int(d.outOfOrder)} events duplicated or out of revision order`);
    if (d.streamErrors) {
      const reasons = d.failureReasons.map(([reason, count]) => `${count} x "${reason}"`).join('; ');
      lines.push(`${label}: ${d.streamErrors} subscriptions failed (first: ${d.firstStreamError}; ${reasons})`);
    }
    if (run.writes.firstError) lines.push(`${label}: first write error: ${run.writes.firstError}`);
    if (d.stale) lines.push(`${label}: ${fmt.int(d.stale)} late events of the previous run ignored`);
    return lines;
  });
  printSection(
    `GraphQL subscriptions (podEvents): commit-to-client latency\n${header(r)}`,
    [
      formatTable(
        ['run', 'subs', 'events delivered', 'p50', 'p90', 'p99', 'max', 'commit ret.->client p99', 'deliveries'],
        rows,
      ),
      '',
      formatTable(['writes (due -> commit returned)', 'writes', 'failed', 'p50', 'p99', 'max start lag'], writes),
      '',
      formatTable(
        [
          'CPU while writing + draining',
          'elapsed',
          'host cores',
          'API cores',
          'subs cores',
          'writer cores',
          'API/event',
          'subs/event',
        ],
        cpu,
      ),
      'cores = CPU time / elapsed; host = every process of the machine (other work on it included); ' +
        '"/event" = per delivered event (per subscriber). Postgres CPU counts every backend of the server, ' +
        "other databases' too.",
      '',
      formatTable(
        [
          'run',
          'redis CPU',
          'postgres CPU',
          'warm-up delivered',
          'drained after last write',
          'busy sandbox: publishes overtaken',
        ],
        runs.map(([label, , run]) => [
          label,
          run.cpu.redisMs === null ? 'n/a' : fmt.ms(run.cpu.redisMs),
          run.cpu.postgresMs === null ? 'n/a' : fmt.ms(run.cpu.postgresMs),
          'warmup' in run ? deliveredText((run as FanOutRun).warmup) : '-',
          fmt.ms(run.delivery.drainedMs),
          run.delivery.channel?.messages
            ? `${fmt.int(run.delivery.channel.late)}/${fmt.int(run.delivery.channel.messages)}`
            : '-',
        ]),
      ),
      "publishes overtaken: publishes on the busy sandbox's channel that arrived after a higher revision's " +
        '(concurrent commits publish after committing); each makes every API process read the change log ' +
        'for the gap before delivering further.',
      ...runs.map(([label, , run]) => stallsLine(`API process, ${label}`, run.stalls)),
      ...notes,
    ].join('\n'),
  );
}

function printMemory(r: GraphqlResults): void {
  const row = (label: string, m: MemorySample) => [label, fmt.kb(m.rss), fmt.kb(m.heapUsed), fmt.kb(m.external)];
  const rows = [r.busy, r.spread].flatMap((run) => {
    const m = subscriberMemory(run);
    const n = fmt.int(run.connect.opened);
    return [
      row(`${run.label}: API, per connection (before subscribing)`, m.connection),
      row(`${run.label}: API, per subscription (on its connection, no event yet)`, m.subscription),
      row(`${run.label}: API, per subscriber after its first event`, m.firstEvent),
      row(`${run.label}: API, per subscriber in all (${n})`, m.subscriber),
      row(`${run.label}: subscriber process, per subscriber`, m.client),
    ];
  });
  printSection(
    'Memory per subscription: growth of each child process after two full GCs (gc() of node --expose-gc), ' +
      'divided by the subscribers, sampled before connecting, after connecting, after subscribing (server ' +
      'idle, no event yet) and after one warm-up event each, all before the measured writes. The figure is ' +
      "heap used + external (what V8 holds; no TLS here, so no native per-socket state of note); RSS moves with V8's " +
      'page reservations and the allocator (it even shrinks) and is shown for reference only',
    formatTable(['process', 'RSS', 'heap used', 'external'], rows),
  );
}

export function printGraphqlDetails(r: GraphqlResults): void {
  printDelivery(r);
  printMemory(r);
}
