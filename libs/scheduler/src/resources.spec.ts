import { podRequests } from './resources';

const c = (cpu: string, memory: string, restartPolicy?: string) => ({
  resources: { requests: { cpu, memory } },
  ...(restartPolicy ? { restartPolicy } : {}),
});

describe('podRequests', () => {
  it('is the max of summed containers and each init container, plus overhead', () => {
    const spec = {
      containers: [c('100m', '100Mi'), c('200m', '100Mi')],
      initContainers: [c('500m', '50Mi'), c('100m', '300Mi')],
      overhead: { cpu: '10m', memory: '1Mi' },
    };
    expect(podRequests(spec)).toEqual({ milliCpu: 510, memory: 301 * 2 ** 20 });
  });

  it('adds sidecars to the app containers and to later init containers', () => {
    const spec = {
      containers: [c('100m', '100Mi')],
      initContainers: [c('200m', '10Mi', 'Always'), c('250m', '10Mi')],
    };
    // app 100m + sidecar 200m = 300m; init 250m runs beside the sidecar: 450m.
    expect(podRequests(spec).milliCpu).toBe(450);
    expect(podRequests(spec).memory).toBe(110 * 2 ** 20);
  });

  it('substitutes 100m and 200Mi for missing requests when asked', () => {
    expect(podRequests({ containers: [{}] }, true)).toEqual({ milliCpu: 100, memory: 200 * 2 ** 20 });
    expect(podRequests({ containers: [{ resources: { requests: { cpu: '0' } } }] }, true).milliCpu).toBe(0);
    expect(podRequests({ containers: [{}] })).toEqual({ milliCpu: 0, memory: 0 });
  });
});
