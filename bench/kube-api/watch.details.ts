import { fmt, formatTable, printSection } from '../report';
import { memoryPer, type MemorySample } from '../support/memory';
import { summarize } from '../support/stats';
import { CPU_HEADERS, cpuCells, latencyCells, stallsLine } from './cells';
import type { KubeApiResults } from './kube-api';

function printWatches(r: KubeApiResults): void {
  const w = r.watch;
  const d = w.delivery;
  const u = w.unwatched;
  const rate = (run: typeof d) => fmt.rate((run.writes.completed / run.writes.elapsedMs) * 1000);
  const writeRow = (label: string, run: typeof d, cpu: typeof w.writeCpu) => [
    label,
    fmt.int(run.writes.completed),
    String(run.writes.errors + run.writes.skipped),
    rate(run),
    ...latencyCells(summarize(run.writes.latenciesMs)),
    ...cpuCells(cpu, run.writes.completed),
  ];
  const perDelivery =
    (w.writeCpu.processMs / Math.max(1, d.writes.completed) -
      w.unwatchedCpu.processMs / Math.max(1, u.writes.completed)) /
    Math.max(1, d.watchesPerSandbox);
  printSection(
    `Watches: ${fmt.int(w.opened)} (${d.watchesPerSandbox} per sandbox, each its own HTTPS connection), client side ` +
      `in a forked process; merge PATCH of one ConfigMap per sandbox at ${fmt.rate(r.options.watchWriteRate)}`,
    [
      `opened ${fmt.int(w.opened)} of ${fmt.int(w.requested)} in ${fmt.ms(w.openMs)}, ${w.failed} refused` +
        (w.firstError ? ` (${w.firstError})` : ''),
      `events: ${fmt.int(d.delivered)} of ${fmt.int(d.expected)} delivered, ${d.duplicates} duplicates, ` +
        `${d.streamErrors} watches ended or sent ERROR, waited ${fmt.ms(d.drainedMs)} after the last write` +
        (d.firstStreamError ? ` (first: ${d.firstStreamError})` : ''),
      '',
      formatTable(
        ['PATCH (send -> response)', 'writes', 'failed', 'rate', 'p50', 'p90', 'p99', 'max', ...CPU_HEADERS],
        [
          writeRow('before the watches were opened', u, w.unwatchedCpu),
          writeRow(`with ${fmt.int(w.opened)} watches open`, d, w.writeCpu),
        ],
      ),
      "node CPU is the server's alone (the writer runs in the watch process); the fan-out adds " +
        (perDelivery > 0
          ? `${fmt.us(perDelivery)} of server CPU per delivered event (difference of the rows / watchers per sandbox).`
          : 'too little server CPU to tell from the noise between the two rows.'),
      '',
      formatTable(
        ['latency to each watcher', 'p50', 'p90', 'p99', 'max'],
        [
          ['send -> delivered (send time in the object)', ...latencyCells(summarize(d.sentToDeliveredMs))],
          ['response -> delivered', ...latencyCells(summarize(d.respondedToDeliveredMs))],
        ],
      ),
      `${fmt.int(d.beforeResponse)} events reached a watcher before the writer had its response (counted as 0 ms).`,
      stallsLine('server process while writing', w.writeStalls),
    ].join('\n'),
  );
  const firstError = d.writes.firstError ?? u.writes.firstError;
  if (firstError) console.log(`first write error: ${firstError}`);
}

function printMemory(r: KubeApiResults): void {
  const w = r.watch;
  const server = memoryPer(w.server.before, w.server.after, w.opened);
  const client = memoryPer(w.client.before, w.client.after, w.opened);
  const both: MemorySample = {
    rss: server.rss + client.rss,
    heapUsed: server.heapUsed + client.heapUsed,
    external: server.external + client.external,
  };
  const row = (label: string, m: MemorySample) => [label, fmt.kb(m.rss), fmt.kb(m.heapUsed), fmt.kb(m.external)];
  printSection(
    'Memory per open watch: growth after full GCs / watches. RSS includes what V8 does not see (OpenSSL ' +
      'state and buffers of each TLS connection); "external" is memory of C++ objects held by JS ones',
    formatTable(
      ['process', 'RSS/watch', 'heap used/watch', 'external/watch'],
      [
        row('server (this process: endpoint, idle bench context)', server),
        row('client (forked watch process)', client),
        row('both (as if in one process)', both),
      ],
    ),
  );
}

export function printWatchDetails(r: KubeApiResults): void {
  printWatches(r);
  printMemory(r);
}
