import { containerStatusOf } from '../status/container-status';
import { RUNTIME_TIMINGS } from '../timing/runtime-timings';
import { container, eventLines, pod, simulate } from '../testing/simulate';

describe('image pulls', () => {
  it('ngnix: ErrImagePull, then ImagePullBackOff with a back-off growing 10s, 20s, 40s', () => {
    const sim = simulate(pod({ containers: [container('web', 'ngnix')] })).runTo(200_000);
    const labels = sim.timeline.web.map(([, label]) => label);
    expect(labels.slice(0, 5)).toEqual([
      'ContainerCreating',
      'ErrImagePull',
      'ImagePullBackOff',
      'ErrImagePull',
      'ImagePullBackOff',
    ]);
    const failures = sim.timeline.web.filter(([, label]) => label === 'ErrImagePull').map(([at]) => at);
    const gaps = failures.slice(1).map((at, i) => at - failures[i] - RUNTIME_TIMINGS.realistic.pullFailureMs);
    expect(gaps).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(sim.phase()).toBe('Pending');
  });

  it('ngnix: the kubelet events in order, with containerd wording', () => {
    const sim = simulate(pod({ containers: [container('web', 'ngnix')] })).runTo(5_000);
    expect(eventLines(sim.events)).toEqual([
      'Pulling: Pulling image "ngnix"',
      expect.stringMatching(
        /^Failed: Failed to pull image "ngnix": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io\/library\/ngnix:latest"/,
      ),
      'Failed: Error: ErrImagePull',
      'BackOff: Back-off pulling image "ngnix"',
      'Failed: Error: ImagePullBackOff',
    ]);
    expect(sim.events.every((e) => e.fieldPath === 'spec.containers{web}')).toBe(true);
  });

  it('waiting messages: the runtime error, then the back-off', () => {
    const sim = simulate(pod({ containers: [container('web', 'ngnix')] })).runTo(700);
    const first = containerStatusOf(sim.state.containers[0], sim.ctx.pod);
    expect(first.state?.waiting?.reason).toBe('ErrImagePull');
    expect(first.state?.waiting?.message).toMatch(/^rpc error: code = Unknown desc = failed to pull and unpack image/);
    sim.runTo(5_000);
    expect(containerStatusOf(sim.state.containers[0], sim.ctx.pod).state?.waiting).toEqual({
      reason: 'ImagePullBackOff',
      message: 'Back-off pulling image "ngnix"',
    });
    expect(containerStatusOf(sim.state.containers[0], sim.ctx.pod).image).toBe('ngnix');
  });

  it('an image on the node is not pulled again (IfNotPresent)', () => {
    const sim = simulate(pod({ containers: [container('web', 'nginx:1.27')] }), {
      imagesOnNode: ['docker.io/library/nginx:1.27'],
    }).runTo(5_000);
    expect(eventLines(sim.events)).toEqual([
      'Pulled: Container image "nginx:1.27" already present on machine',
      'Created: Created container: web',
      'Started: Started container web',
    ]);
    expect(sim.timeline.web[1]).toEqual([300, 'Running', 0]);
  });

  it('a pull reports its duration and size, and the node keeps the image for the next container', () => {
    const sim = simulate(pod({ containers: [container('a', 'nginx:1.27'), container('b', 'nginx:1.27')] })).runTo(
      5_000,
    );
    const lines = eventLines(sim.events);
    expect(lines).toContain(
      'Pulled: Successfully pulled image "nginx:1.27" in 1.642s (1.642s including waiting). Image size: 72099410 bytes.',
    );
    // Both started together: each pulled (as two concurrent pulls on a node do); the next pod finds it.
    const next = simulate(pod({ containers: [container('c', 'nginx:1.27')] }), {
      imagesOnNode: ['docker.io/library/nginx:1.27'],
    }).runTo(5_000);
    expect(eventLines(next.events)[0]).toBe('Pulled: Container image "nginx:1.27" already present on machine');
  });

  it('imagePullPolicy Never without the image: ErrImageNeverPull, for good', () => {
    const sim = simulate(pod({ containers: [container('web', 'nginx:1.27', { imagePullPolicy: 'Never' })] })).runTo(
      600_000,
    );
    expect(sim.timeline.web.map(([, label]) => label)).toEqual(['ErrImageNeverPull']);
    expect(eventLines(sim.events)).toEqual([
      'ErrImageNeverPull: Container image "nginx:1.27" is not present with pull policy of Never',
      'Failed: Error: ErrImageNeverPull',
    ]);
  });

  it('a malformed name: InvalidImageName with the InspectFailed event', () => {
    const sim = simulate(pod({ containers: [container('web', 'Nginx')] })).runTo(10_000);
    expect(sim.timeline.web.map(([, label]) => label)).toEqual(['InvalidImageName']);
    expect(eventLines(sim.events)[0]).toMatch(/^InspectFailed: Failed to apply default image tag "Nginx"/);
  });

  it('a missing ConfigMap key: CreateContainerConfigError after the pull', () => {
    const sim = simulate(
      pod({ containers: [container('web', 'nginx:1.27', { configError: 'configmap "app-config" not found' })] }),
    ).runTo(10_000);
    const status = containerStatusOf(sim.state.containers[0], sim.ctx.pod);
    expect(status.state?.waiting).toEqual({
      reason: 'CreateContainerConfigError',
      message: 'configmap "app-config" not found',
    });
    expect(eventLines(sim.events).at(-1)).toBe('Failed: Error: configmap "app-config" not found');
  });

  it('the fast profile runs the same history 100 times faster', () => {
    const sim = simulate(pod({ containers: [container('web', 'ngnix')] }), { timings: RUNTIME_TIMINGS.fast }).runTo(
      2_000,
    );
    const failures = sim.timeline.web.filter(([, label]) => label === 'ErrImagePull').map(([at]) => at);
    expect(failures.slice(0, 3)).toEqual([6, 112, 318]);
  });
});
