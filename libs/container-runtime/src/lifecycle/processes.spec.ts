import { stopContainer } from './container-machine';
import { containerUsage } from '../resources/usage';
import { containerStatusOf } from '../status/container-status';
import { container, eventLines, pod, simulate, T0 } from '../testing/simulate';

const MiB = 1024 * 1024;

describe('container processes on simulated time', () => {
  it('stress --vm 1 --vm-bytes 150M with a 50Mi limit: OOMKilled 137 as it allocates', () => {
    const spec = pod({
      restartPolicy: 'Never',
      containers: [
        container('memory-demo', 'polinux/stress', {
          command: ['stress'],
          args: ['--vm', '1', '--vm-bytes', '150M', '--vm-hang', '1'],
          memoryLimitBytes: 50 * MiB,
        }),
      ],
    });
    const sim = simulate(spec).runTo(30_000);
    const status = containerStatusOf(sim.state.containers[0], spec);
    expect(status.state?.terminated).toMatchObject({ reason: 'OOMKilled', exitCode: 137, signal: 9 });
    expect(sim.phase()).toBe('Failed');
  });

  it('the same stress within its limit keeps running and reports its memory', () => {
    const spec = pod({
      containers: [
        container('memory-demo', 'polinux/stress', {
          command: ['stress'],
          args: ['--vm', '1', '--vm-bytes', '150M', '--vm-hang', '1'],
          memoryLimitBytes: 200 * MiB,
        }),
      ],
    });
    const sim = simulate(spec).runTo(30_000);
    expect(sim.state.containers[0].stage.kind).toBe('running');
    expect(containerUsage(sim.state.containers[0], spec.containers[0])?.memoryBytes).toBe(151 * MiB);
  });

  it('CPU above limits.cpu is capped and the rest is throttling', () => {
    const spec = pod({
      containers: [
        container('cpu', 'polinux/stress', { command: ['stress'], args: ['--cpu', '2'], cpuLimitMillicores: 500 }),
      ],
    });
    const sim = simulate(spec).runTo(10_000);
    expect(containerUsage(sim.state.containers[0], spec.containers[0])).toMatchObject({
      wantedMillicores: 2000,
      cpuMillicores: 500,
      throttledMillicores: 1500,
    });
  });

  it('a CPU-bound shell loop uses a core and is only looked at every busyRecheckMs', () => {
    const spec = pod({
      containers: [container('spin', 'busybox:1.37', { command: ['sh', '-c', 'while true; do :; done'] })],
    });
    const sim = simulate(spec).runTo(60_000);
    const state = sim.state.containers[0];
    expect(state.stage.kind).toBe('running');
    expect(state.process).toMatchObject({ busy: true, usage: { cpuMillicores: 1000 } });
    expect((state.process?.wakeAt ?? 0) - (state.process?.drivenTo ?? 0)).toBe(sim.ctx.timings.busyRecheckMs);
  });

  it('sleep 3600 runs until killed, with no drive needed before it wakes', () => {
    const spec = pod({ containers: [container('sleeper', 'busybox:1.37', { command: ['sleep', '3600'] })] });
    const sim = simulate(spec).runTo(3_000_000);
    const state = sim.state.containers[0];
    expect(state.stage.kind).toBe('running');
    expect(state.process?.wakeAt).toBe((state.startedAt ?? 0) + 3_600_000);
    const stopped = stopContainer(state, { ...sim.ctx, spec: spec.containers[0] }, T0 + 3_000_000, { force: false });
    // pid 1 has no TERM handler: still running until the grace period's KILL.
    expect(stopped.state.stage.kind).toBe('running');
    expect(eventLines(stopped.events)).toEqual(['Killing: Stopping container sleeper']);
    const killed = stopContainer(state, { ...sim.ctx, spec: spec.containers[0] }, T0 + 3_030_000, { force: true });
    expect(killed.state.termination).toMatchObject({ exitCode: 137, reason: 'Error' });
  });

  it('nginx serves port 80 until stopped; its stop signal ends it cleanly', () => {
    const spec = pod({ containers: [container('web', 'nginx:1.27')] });
    const sim = simulate(spec).runTo(10_000);
    const state = sim.state.containers[0];
    expect(state.process?.listening.map((p) => [p.port, p.protocol, p.server.kind])).toEqual([
      [80, 'TCP', 'static-files'],
    ]);
    expect(state.process?.wakeAt).toBeUndefined();
    const stopped = stopContainer(state, { ...sim.ctx, spec: spec.containers[0] }, T0 + 20_000, {
      force: false,
      stopSignal: 'SIGQUIT',
    });
    expect(stopped.state.termination).toMatchObject({ exitCode: 0, reason: 'Completed' });
  });

  it('output reaches the sink stamped with simulated time', () => {
    const chunks: [string, number][] = [];
    const spec = pod({
      restartPolicy: 'Never',
      containers: [container('echo', 'busybox:1.37', { command: ['sh', '-c', 'echo one; sleep 5; echo two; exit 2'] })],
    });
    const sim = simulate(spec);
    sim.ctx.sink = (_stream, chunk, at) => chunks.push([chunk, at - T0]);
    sim.runTo(60_000);
    const start = (sim.state.containers[0].termination?.startedAt ?? 0) - T0;
    expect(chunks).toEqual([
      ['one\n', start],
      ['two\n', start + 5000],
    ]);
    expect(sim.state.containers[0].termination).toMatchObject({ exitCode: 2, reason: 'Error' });
  });
});
