import { DomainError } from '@ksb/errors';
import { Watch } from '@ksb/store';
import { kubeWatchEvents, WatchEventOut } from './watch-events';

const object = (name: string, rv: number) => ({ metadata: { name, resourceVersion: String(rv) } });

describe('kubeWatchEvents', () => {
  it('announces the initial state, then changes in order, and ends with the watch', async () => {
    const watch = new Watch('sb', 3, {});
    const events: WatchEventOut[] = [];
    const done = (async () => {
      for await (const event of kubeWatchEvents({
        initial: [object('a', 2)],
        watch,
        render: (o) => o.metadata.name,
        status: () => 'status',
      })) {
        events.push(event);
      }
    })();
    watch.offer({
      type: 'MODIFIED',
      revision: 4,
      resource: 'pods',
      namespace: 'default',
      name: 'a',
      object: object('a', 4),
    });
    watch.offer({
      type: 'DELETED',
      revision: 5,
      resource: 'pods',
      namespace: 'default',
      name: 'a',
      object: object('a', 5),
    });
    watch.close();
    await done;
    expect(events).toEqual([
      { type: 'ADDED', object: 'a' },
      { type: 'MODIFIED', object: 'a' },
      { type: 'DELETED', object: 'a' },
    ]);
  });

  it('ends with an ERROR event carrying the failure as a Status', async () => {
    const watch = new Watch('sb', 0, {});
    watch.fail(new DomainError('EXPIRED', 'too old resource version: 1 (5)'));
    const events: WatchEventOut[] = [];
    for await (const event of kubeWatchEvents({ watch, render: () => null, status: (e) => (e as Error).message }))
      events.push(event);
    expect(events).toEqual([{ type: 'ERROR', object: 'too old resource version: 1 (5)' }]);
  });
});
