import { resolveImage, type ResolvedImage } from '@ksb/image-catalog';
import { RUNTIME_TIMINGS } from '../timing/runtime-timings';
import { T0 } from '../testing/simulate';
import { ProcessRunner, type ProcessLaunch } from './runner';

const busybox = (): ResolvedImage => {
  const lookup = resolveImage('busybox:1.37');
  if (lookup.kind !== 'found') throw new Error('busybox missing from the catalog');
  return lookup.image;
};

const launch = (script: string, extra: Partial<ProcessLaunch> = {}): ProcessLaunch => ({
  image: busybox(),
  argv: ['sh', '-c', script],
  env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOSTNAME: 'web' },
  cwd: '/',
  hostname: 'web',
  podIP: '10.244.1.5',
  startedAt: T0,
  ...extra,
});

const timings = RUNTIME_TIMINGS.realistic;

describe('ProcessRunner', () => {
  it('answers the process network effects through the host network', () => {
    const out: string[] = [];
    const runner = new ProcessRunner(
      launch('wget -qO- http://backend/; nslookup backend >/dev/null && echo resolved', {
        sink: (_stream, chunk) => out.push(chunk),
        network: {
          http: (call) => ({
            kind: 'response',
            status: 200,
            reason: 'OK',
            headers: {},
            body: `hello from ${call.host}\n`,
            address: '10.96.0.20',
          }),
          resolve: (name) => ({ kind: 'found', name: `${name}.default.svc.cluster.local`, addresses: ['10.96.0.20'] }),
        },
      }),
    );
    expect(runner.advance(T0, timings)).toMatchObject({ kind: 'exited', code: 0 });
    expect(out.join('')).toContain('hello from backend');
    expect(out.join('')).toContain('resolved');
  });

  it('without a network, requests fail as unresolved names do', () => {
    const runner = new ProcessRunner(launch('wget -qO- http://backend/'));
    expect(runner.advance(T0, timings)).toMatchObject({ kind: 'exited', code: 1 });
  });

  it('kill -9 1 from inside ends the container with 137; a TERM is ignored by pid 1', () => {
    expect(new ProcessRunner(launch('kill -9 1; echo never')).advance(T0, timings)).toMatchObject({
      kind: 'exited',
      code: 137,
    });
    expect(new ProcessRunner(launch('kill 1; exit 4')).advance(T0, timings)).toMatchObject({
      kind: 'exited',
      code: 4,
    });
  });

  it('never runs past now: a sleeping process reports when it wakes', () => {
    const runner = new ProcessRunner(launch('sleep 10; exit 5'));
    expect(runner.advance(T0 + 1000, timings)).toMatchObject({ kind: 'running', wakeAt: T0 + 10_000 });
    expect(runner.advance(T0 + 9_999, timings)).toMatchObject({ kind: 'running', wakeAt: T0 + 10_000 });
    expect(runner.advance(T0 + 10_000, timings)).toEqual(
      expect.objectContaining({ kind: 'exited', code: 5, at: T0 + 10_000 }),
    );
  });

  it('a sleep loop keeps up with now: time never runs backwards, and drives are bounded', () => {
    const runner = new ProcessRunner(launch('while true; do sleep 1; done'));
    let last = T0;
    for (const now of [T0 + 500, T0 + 3_600_000, T0 + 3_600_000 + 999, T0 + 7_200_000]) {
      const report = runner.advance(now, timings);
      expect(report.kind).toBe('running');
      if (report.kind !== 'running') return;
      expect(report.drivenTo).toBeGreaterThanOrEqual(last);
      expect(report.drivenTo).toBeLessThanOrEqual(now);
      expect(report.busy).toBe(false);
      last = report.drivenTo;
    }
  });

  it('an empty argv cannot start', () => {
    expect(new ProcessRunner({ ...launch(''), argv: [] }).advance(T0, timings)).toMatchObject({ kind: 'start-error' });
  });
});
