import { containerStatusOf } from '../status/container-status';
import { container, eventLines, pod, simulate } from '../testing/simulate';

const init = (name: string, script: string) => container(name, 'busybox:1.37', { command: ['sh', '-c', script] });

describe('init containers and pod phase', () => {
  it('run one at a time in order, then the app containers; app containers wait with PodInitializing', () => {
    const spec = pod({
      initContainers: [init('migrate', 'sleep 2'), init('seed', 'echo seeded')],
      containers: [container('web', 'nginx:1.27')],
    });
    const sim = simulate(spec).runTo(30_000);
    expect(sim.timeline.migrate.map(([at, label]) => [at, label])).toEqual([
      [0, 'ContainerCreating'],
      [543, 'Running'],
      [2543, 'Completed'],
    ]);
    expect(sim.timeline.seed.map(([at, label]) => [at, label])).toEqual([
      [0, 'PodInitializing'],
      [2543, 'ContainerCreating'],
      [2843, 'Completed'],
    ]);
    expect(sim.timeline.web.map(([at, label]) => [at, label])).toEqual([
      [0, 'PodInitializing'],
      [2843, 'ContainerCreating'],
      [4785, 'Running'],
    ]);
    expect(eventLines(sim.events).filter((l) => l.startsWith('Started'))).toEqual([
      'Started: Started container migrate',
      'Started: Started container seed',
      'Started: Started container web',
    ]);
    expect(sim.events.find((e) => e.message === 'Started container seed')?.fieldPath).toBe('spec.initContainers{seed}');
    expect(sim.phase()).toBe('Running');
  });

  it('the pod is Pending while init containers run', () => {
    const spec = pod({ initContainers: [init('wait', 'sleep 30')], containers: [container('web', 'nginx:1.27')] });
    expect(simulate(spec).runTo(10_000).phase()).toBe('Pending');
  });

  it('a failing init container with restartPolicy Always restarts with back-off (Init:CrashLoopBackOff)', () => {
    const spec = pod({ initContainers: [init('check', 'exit 1')], containers: [container('web', 'nginx:1.27')] });
    const sim = simulate(spec).runTo(60_000);
    expect(sim.timeline.check.map(([, label]) => label)).toContain('CrashLoopBackOff');
    expect(sim.state.initContainers[0].restartCount).toBeGreaterThan(2);
    expect(containerStatusOf(sim.state.containers[0], spec).state?.waiting?.reason).toBe('PodInitializing');
    expect(sim.phase()).toBe('Pending');
  });

  it('a completed init container is not restarted even with restartPolicy Always', () => {
    const spec = pod({ initContainers: [init('ok', 'exit 0')], containers: [container('web', 'nginx:1.27')] });
    const sim = simulate(spec).runTo(60_000);
    expect(sim.state.initContainers[0]).toMatchObject({ restartCount: 0, stage: { kind: 'terminated' } });
  });

  it('a failing init container with restartPolicy Never fails the pod; app containers never start', () => {
    const spec = pod({
      restartPolicy: 'Never',
      initContainers: [init('check', 'exit 2')],
      containers: [container('web', 'nginx:1.27')],
    });
    const sim = simulate(spec).runTo(60_000);
    expect(sim.phase()).toBe('Failed');
    expect(sim.timeline.web.map(([, label]) => label)).toEqual(['PodInitializing']);
  });

  it('a sidecar (init container with restartPolicy Always) starts first and keeps running beside the app', () => {
    const spec = pod({
      restartPolicy: 'Never',
      initContainers: [container('proxy', 'nginx:1.27', { restartPolicy: 'Always' }), init('migrate', 'exit 0')],
      containers: [container('app', 'busybox:1.37', { command: ['sleep', '3600'] })],
    });
    const sim = simulate(spec).runTo(30_000);
    const [proxyRunning] = sim.timeline.proxy.find(([, label]) => label === 'Running') ?? [NaN];
    const [migrateCreating] = sim.timeline.migrate.find(([, label]) => label === 'ContainerCreating') ?? [NaN];
    expect(migrateCreating).toBe(proxyRunning);
    expect(sim.state.initContainers[0].stage.kind).toBe('running');
    expect(sim.state.containers[0].stage.kind).toBe('running');
    expect(containerStatusOf(sim.state.initContainers[0], spec)).toMatchObject({ ready: true, started: true });
    expect(sim.phase()).toBe('Running');
  });

  it('a crashing sidecar restarts even with restartPolicy Never', () => {
    const spec = pod({
      restartPolicy: 'Never',
      initContainers: [
        container('agent', 'busybox:1.37', { command: ['sh', '-c', 'sleep 1; exit 1'], restartPolicy: 'Always' }),
      ],
      containers: [container('app', 'busybox:1.37', { command: ['sleep', '3600'] })],
    });
    const sim = simulate(spec).runTo(60_000);
    expect(sim.state.initContainers[0].restartCount).toBeGreaterThan(1);
    expect(sim.state.containers[0].stage.kind).toBe('running');
    expect(sim.phase()).toBe('Running');
  });

  it('two app containers: Succeeded only when both completed (OnFailure)', () => {
    const spec = pod({
      restartPolicy: 'OnFailure',
      containers: [init('a', 'exit 0'), init('b', 'sleep 20; exit 0')],
    });
    const sim = simulate(spec).runTo(5_000);
    expect(sim.phase()).toBe('Running');
    sim.runTo(60_000);
    expect(sim.phase()).toBe('Succeeded');
  });
});
