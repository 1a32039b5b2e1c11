import { container, pod, simulate, T0 } from '../testing/simulate';
import { apiTime, containerStatusOf } from './container-status';

describe('containerStatusOf', () => {
  it('a running nginx, as the API shows it', () => {
    const spec = pod({ containers: [container('web', 'nginx:1.27')] });
    const sim = simulate(spec).runTo(10_000);
    const status = containerStatusOf(sim.state.containers[0], spec);
    expect(status.imageID).toMatch(/^docker\.io\/library\/nginx@sha256:[0-9a-f]{64}$/);
    expect(status.containerID).toMatch(/^containerd:\/\/[0-9a-f]{64}$/);
    expect(status).toEqual({
      name: 'web',
      image: 'docker.io/library/nginx:1.27',
      imageID: status.imageID,
      containerID: status.containerID,
      ready: true,
      started: true,
      restartCount: 0,
      state: { running: { startedAt: '2026-11-25T03:00:01Z' } },
      lastState: {},
    });
  });

  it('a waiting container before its pull: ContainerCreating, the image as written', () => {
    const spec = pod({ containers: [container('web', 'nginx:1.27')] });
    const sim = simulate(spec);
    expect(containerStatusOf(sim.state.containers[0], spec)).toMatchObject({
      image: 'nginx:1.27',
      imageID: '',
      ready: false,
      started: false,
      state: { waiting: { reason: 'ContainerCreating' } },
    });
  });

  it('a completed container: terminated with times and containerID', () => {
    const spec = pod({
      restartPolicy: 'Never',
      containers: [container('job', 'busybox:1.37', { command: ['sh', '-c', 'sleep 3'] })],
    });
    const status = containerStatusOf(simulate(spec).runTo(10_000).state.containers[0], spec);
    expect(status.state?.terminated).toEqual({
      exitCode: 0,
      reason: 'Completed',
      startedAt: '2026-11-25T03:00:00Z',
      finishedAt: '2026-11-25T03:00:03Z',
      containerID: status.containerID,
    });
  });

  it('a completed init container is ready but not started', () => {
    const spec = pod({
      initContainers: [container('init', 'busybox:1.37', { command: ['sh', '-c', 'true'] })],
      containers: [container('web', 'nginx:1.27')],
    });
    const status = containerStatusOf(simulate(spec).runTo(10_000).state.initContainers[0], spec);
    expect(status).toMatchObject({ ready: true, started: false, state: { terminated: { reason: 'Completed' } } });
  });

  it('apiTime drops milliseconds, as metav1.Time does', () => {
    expect(apiTime(T0 + 1999)).toBe('2026-11-25T03:00:01Z');
  });
});
