import { containerStatusOf } from '../status/container-status';
import { container, eventLines, pod, simulate } from '../testing/simulate';

const POD_REF = 'web_default(0b6a1b5e-0000-4000-8000-000000000001)';

describe('exit codes and restart policy', () => {
  const crashing = (restartPolicy?: 'Always' | 'OnFailure' | 'Never', script = 'exit 1') =>
    pod({
      ...(restartPolicy ? { restartPolicy } : {}),
      containers: [container('app', 'busybox:1.37', { command: ['sh', '-c', script] })],
    });

  it('sh -c "exit 1" with Always: Error, restart, then CrashLoopBackOff 10s, 20s, 40s with growing restarts', () => {
    const sim = simulate(crashing('Always')).runTo(200_000);
    const line = sim.timeline.app;
    expect(line.slice(0, 5).map(([, label, restarts]) => [label, restarts])).toEqual([
      ['ContainerCreating', 0],
      ['Error', 0],
      ['ContainerCreating', 1],
      ['Error', 1],
      ['CrashLoopBackOff', 1],
    ]);
    // Restarts happen 10 s, 20 s, 40 s, 80 s after each crash (after the immediate first restart).
    const restartsAt = line.filter(([, label]) => label === 'ContainerCreating').map(([at]) => at);
    const crashesAt = line.filter(([, label]) => label === 'Error').map(([at]) => at);
    const waits = restartsAt.slice(2).map((at, i) => at - crashesAt[i + 1]);
    expect(waits).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(sim.state.containers[0].restartCount).toBe(5);
    expect(sim.phase()).toBe('Running');
  });

  it('CrashLoopBackOff status: message, lastState, restartCount', () => {
    const sim = simulate(crashing()).runTo(15_000);
    const status = containerStatusOf(sim.state.containers[0], sim.ctx.pod);
    expect(status.state?.waiting).toEqual({
      reason: 'CrashLoopBackOff',
      message: `back-off 20s restarting failed container=app pod=${POD_REF}`,
    });
    expect(status.lastState?.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
    expect(status).toMatchObject({ ready: false, started: false, restartCount: 2 });
  });

  it('events: pull, create, start, restart at once, then BackOff (format.Pod names the pod)', () => {
    const sim = simulate(crashing()).runTo(5_000);
    expect(eventLines(sim.events)).toEqual([
      'Pulling: Pulling image "busybox:1.37"',
      'Pulled: Successfully pulled image "busybox:1.37" in 243ms (243ms including waiting). Image size: 2166802 bytes.',
      'Created: Created container: app',
      'Started: Started container app',
      'Pulled: Container image "busybox:1.37" already present on machine',
      'Created: Created container: app',
      'Started: Started container app',
      `BackOff: Back-off restarting failed container app in pod ${POD_REF}`,
    ]);
  });

  it('the back-off stops growing at 5 minutes', () => {
    const sim = simulate(crashing()).runTo(3_600_000);
    const status = containerStatusOf(sim.state.containers[0], sim.ctx.pod);
    expect(status.state?.waiting?.message).toMatch(/^back-off 5m0s restarting/);
  });

  it('a run of 10 minutes resets the back-off', () => {
    const sim = simulate(crashing('Always', 'sleep 5; exit 1')).runTo(120_000);
    expect(sim.state.containers[0].crashCount).toBeGreaterThan(2);
    const long = simulate(crashing('Always', 'sleep 600; exit 1')).runTo(3_000_000);
    expect(long.state.containers[0].crashCount).toBe(1);
  });

  it('sh -c "exit 0" with OnFailure: Completed, no restart, pod Succeeded', () => {
    const sim = simulate(crashing('OnFailure', 'exit 0')).runTo(60_000);
    expect(sim.timeline.app.map(([, label]) => label)).toEqual(['ContainerCreating', 'Completed']);
    expect(sim.state.containers[0].restartCount).toBe(0);
    expect(sim.phase()).toBe('Succeeded');
  });

  it('exit 1 with OnFailure restarts; with Never the pod fails', () => {
    expect(simulate(crashing('OnFailure')).runTo(30_000).state.containers[0].restartCount).toBeGreaterThan(1);
    const never = simulate(crashing('Never')).runTo(60_000);
    expect(never.timeline.app.map(([, label]) => label)).toEqual(['ContainerCreating', 'Error']);
    expect(never.phase()).toBe('Failed');
  });

  it('exit 0 with Always restarts too (Completed, then CrashLoopBackOff)', () => {
    const sim = simulate(crashing('Always', 'exit 0')).runTo(20_000);
    expect(sim.timeline.app.map(([, label]) => label)).toContain('CrashLoopBackOff');
    expect(sim.state.containers[0].lastTermination?.reason).toBe('Completed');
  });

  it('$(VAR) in command is expanded from the container env before the shell runs', () => {
    const spec = pod({
      restartPolicy: 'Never',
      containers: [container('app', 'busybox:1.37', { command: ['sh', '-c', 'exit $(CODE)'], env: { CODE: '3' } })],
    });
    expect(simulate(spec).runTo(10_000).state.containers[0].termination?.exitCode).toBe(3);
  });

  it('a command that is not in the image: StartError 128 with the runtime message', () => {
    const spec = pod({
      restartPolicy: 'Never',
      containers: [container('app', 'busybox:1.37', { command: ['nosuch'] })],
    });
    const sim = simulate(spec).runTo(10_000);
    expect(sim.state.containers[0].termination).toMatchObject({ reason: 'StartError', exitCode: 128 });
    expect(sim.state.containers[0].termination?.message).toContain(
      'exec: "nosuch": executable file not found in $PATH',
    );
    expect(eventLines(sim.events).filter((l) => l.startsWith('Started'))).toEqual([]);
  });

  it('a program the image has on disk runs without a shell (command: ["true"] completes)', () => {
    const spec = pod({ restartPolicy: 'Never', containers: [container('app', 'busybox:1.37', { command: ['true'] })] });
    expect(simulate(spec).runTo(10_000).state.containers[0].termination).toMatchObject({
      reason: 'Completed',
      exitCode: 0,
    });
  });
});
