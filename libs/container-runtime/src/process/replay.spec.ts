import { drivePod } from '../pod/pod-runtime';
import { ProcessTable } from './process-table';
import { container, pod, simulate, T0 } from '../testing/simulate';

const script = 'echo one; sleep 5; echo two; sleep 5; echo three; exit 3';
const spec = pod({
  restartPolicy: 'Never',
  containers: [container('job', 'busybox:1.37', { command: ['sh', '-c', script] })],
});

describe('a worker restart replays the process deterministically', () => {
  it('ends at the same time with the same code, without repeating output already delivered', () => {
    const straight = simulate(spec).runTo(60_000);

    const chunks: string[] = [];
    const sim = simulate(spec);
    sim.ctx.sink = (_stream, chunk) => chunks.push(chunk);
    sim.runTo(3_000);
    expect(chunks).toEqual(['one\n']);
    // The worker restarts: the live processes are gone, the persisted state is not.
    sim.ctx.processes = new ProcessTable();
    sim.runTo(60_000);
    expect(chunks).toEqual(['one\n', 'two\n', 'three\n']);
    expect(sim.state.containers[0].termination).toEqual(straight.state.containers[0].termination);
  });

  it('state is plain data: a JSON round trip drives on identically', () => {
    const sim = simulate(spec).runTo(3_000);
    const copy = simulate(spec);
    copy.state = JSON.parse(JSON.stringify(sim.state)) as typeof sim.state;
    copy.runTo(60_000);
    sim.runTo(60_000);
    expect(copy.state).toEqual(sim.state);
  });

  it('one late drive produces the same history as punctual ones', () => {
    const punctual = simulate(spec).runTo(60_000);
    const fresh = simulate(spec);
    // A single drive long after everything happened (a worker that was down for a minute).
    const late = drivePod(fresh.state, spec, fresh.ctx, T0 + 60_000);
    expect(late.state.containers[0].termination).toEqual(punctual.state.containers[0].termination);
    expect(late.events).toEqual(punctual.events);
    expect(late.next).toBeUndefined();
  });
});
