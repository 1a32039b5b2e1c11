import { type Figure, fmt } from '../report';
import { clean, deliveredText, lateMs, subscriberMemory } from './cells';
import type { FanOutRun, MeasuredRun } from './fan-out';
import { printGraphqlDetails } from './graphql.details';
import type { GraphqlResults } from './graphql';

/** Targets of issue 6. */
const DELIVERY_P99_MS = 50;
const BYTES_PER_SUBSCRIPTION = 20_000;

function deliveryFigure(name: string, run: FanOutRun): Figure {
  const l = run.delivery.sentToReceived;
  return {
    name,
    value: lateMs(l.p99),
    target:
      `<= ${DELIVERY_P99_MS} ms (p50 ${lateMs(l.p50)}; ${deliveredText(run.delivery)} events` +
      (run.delivery.delivered < run.delivery.expected
        ? `; p99 of those delivered ${lateMs(run.delivery.sentToReceivedDelivered.p99)})`
        : ')'),
    pass: clean(run) && l.p99 <= DELIVERY_P99_MS,
  };
}

const baselineFigure = (name: string, run: MeasuredRun): Figure => ({
  name,
  value: lateMs(run.delivery.sentToReceived.p99),
  target: `(p50 ${lateMs(run.delivery.sentToReceived.p50)})`,
});

function memoryFigure(run: FanOutRun): Figure {
  const m = subscriberMemory(run).subscriber;
  const bytes = m.heapUsed + m.external;
  return {
    name: `memory per subscription, API (${run.label})`,
    value: fmt.kb(bytes),
    target: `<= 20 KB (heap + external, connection included; RSS ${fmt.kb(m.rss)})`,
    pass: run.connect.failed === 0 && bytes <= BYTES_PER_SUBSCRIPTION,
  };
}

function figures(r: GraphqlResults): Figure[] {
  const rate = fmt.rate(r.options.rate);
  return [
    deliveryFigure(`GraphQL delivery p99, ${r.busy.label}, ${rate}`, r.busy),
    deliveryFigure(`GraphQL delivery p99, ${r.spread.label}, ${rate}`, r.spread),
    baselineFigure(`baseline: GraphQL, 1 subscriber, ${rate}`, r.single),
    baselineFigure(`baseline: raw Redis pub/sub, ${rate}`, r.raw),
    {
      name: `GraphQL events delivered/s, ${r.busy.label}`,
      value: fmt.rate(r.busy.delivery.deliveriesPerSecond),
      target:
        `(offered ${fmt.rate(r.options.rate * r.busy.connect.opened)}: keeps up with ` +
        `~${(r.busy.delivery.deliveriesPerSecond / Math.max(1, r.busy.connect.opened)).toFixed(1)} events/s on the sandbox)`,
    },
    memoryFigure(r.spread),
    memoryFigure(r.busy),
  ];
}

export function reportGraphql(results: GraphqlResults): Figure[] {
  printGraphqlDetails(results);
  return figures(results);
}
