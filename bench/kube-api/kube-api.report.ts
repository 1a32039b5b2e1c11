import { type Figure, fmt } from '../report';
import { memoryPer } from '../support/memory';
import { summarize } from '../support/stats';
import { printKubeApiDetails } from './kube-api.details';
import type { KubeApiResults } from './kube-api';

const GET_P99_MS = 10;
const CREATE_P99_MS = 25;
const LIST_MS = 100;
const DELIVERY_P99_MS = 50;
const BYTES_PER_WATCH = 20_000;
const K8S_SLO = 'Kubernetes SLO 1 s';

function figures(r: KubeApiResults): Figure[] {
  const get = summarize(r.get.http.latenciesMs);
  const store = summarize(r.get.store.latenciesMs);
  const c = r.create.result;
  const create = summarize(c.latenciesMs);
  const achieved = (c.completed / c.elapsedMs) * 1000;
  const d = r.watch.delivery;
  const delivery = summarize(d.sentToDeliveredMs);
  const server = memoryPer(r.watch.server.before, r.watch.server.after, r.watch.opened);
  const client = memoryPer(r.watch.client.before, r.watch.client.after, r.watch.opened);
  const n = r.get.clients;
  // RSS also counts native TLS state; when allocator reuse hides growth, V8's own count is the floor.
  const serverBytes = Math.max(server.rss, server.heapUsed + server.external);
  return [
    {
      name: `kube GET p99 (${n} clients, ${r.options.sandboxes} sandboxes)`,
      value: fmt.ms(get.p99),
      target: `<= ${GET_P99_MS} ms (${K8S_SLO})`,
      pass: r.get.http.errors === 0 && get.p99 <= GET_P99_MS,
    },
    {
      name: `kube GET p50 / rate (${n} clients)`,
      value: fmt.ms(get.p50),
      target: fmt.rate((get.count / r.get.http.elapsedMs) * 1000),
    },
    { name: `store GET p99 (baseline, ${n} clients)`, value: fmt.ms(store.p99), target: `p50 ${fmt.ms(store.p50)}` },
    {
      name: `kube create p99 at ${fmt.rate(r.create.ratePerSecond)}`,
      value: fmt.ms(create.p99),
      target: `<= ${CREATE_P99_MS} ms (${K8S_SLO})`,
      pass: c.errors === 0 && c.skipped === 0 && create.p99 <= CREATE_P99_MS,
    },
    { name: 'kube create p50 / achieved rate', value: fmt.ms(create.p50), target: fmt.rate(achieved) },
    {
      name: `LIST ${fmt.int(r.list.pods)} pods p99 (JSON)`,
      value: fmt.ms(r.list.json.latency.p99),
      target: `<= ${LIST_MS} ms (p50 ${fmt.ms(r.list.json.latency.p50)})`,
      pass: r.list.json.items === r.list.pods && r.list.json.latency.p99 <= LIST_MS,
    },
    {
      name: `LIST ${fmt.int(r.list.pods)} pods p99 (Table)`,
      value: fmt.ms(r.list.table.latency.p99),
      target: `<= ${LIST_MS} ms (p50 ${fmt.ms(r.list.table.latency.p50)})`,
      pass: r.list.table.items === r.list.pods && r.list.table.latency.p99 <= LIST_MS,
    },
    {
      name: `watch delivery p99 (${fmt.int(r.watch.opened)} watches)`,
      value: fmt.ms(delivery.p99),
      target: `<= ${DELIVERY_P99_MS} ms (send -> delivered; ${fmt.int(d.delivered)}/${fmt.int(d.expected)} events)`,
      pass: r.watch.failed === 0 && d.delivered === d.expected && delivery.p99 <= DELIVERY_P99_MS,
    },
    {
      name: 'watch delivery p99 (response -> delivered)',
      value: fmt.ms(summarize(d.respondedToDeliveredMs).p99),
      target: `(PATCH p99 ${fmt.ms(summarize(d.writes.latenciesMs).p99)})`,
    },
    {
      name: 'memory per watch, server',
      value: fmt.kb(serverBytes),
      target: `<= 20 KB (etcd ~18 KB; RSS ${fmt.kb(server.rss)}, heap ${fmt.kb(server.heapUsed)})`,
      pass: serverBytes <= BYTES_PER_WATCH,
    },
    {
      name: 'memory per watch, server + client (RSS)',
      value: fmt.kb(server.rss + client.rss),
      target: '(both ends in one process)',
    },
  ];
}

export function reportKubeApi(results: KubeApiResults): Figure[] {
  printKubeApiDetails(results);
  return figures(results);
}
