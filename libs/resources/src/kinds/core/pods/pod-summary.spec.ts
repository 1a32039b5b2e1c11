import type { ResourceObject } from '../../../objects/resource-object';
import { podSummary } from './pod-summary';

const NOW = new Date('2025-01-01T12:00:00Z');
const ago = (seconds: number): string => new Date(NOW.getTime() - seconds * 1000).toISOString();

const running = { running: { startedAt: ago(600) } };
const waiting = (reason: string) => ({ waiting: { reason } });
const terminated = (fields: Record<string, unknown>) => ({ terminated: { exitCode: 0, ...fields } });

interface PodParts {
  containers?: number;
  initContainers?: { name: string; restartPolicy?: string }[];
  status?: Record<string, unknown>;
  deletionTimestamp?: string;
}

function pod({ containers = 1, initContainers, status = {}, deletionTimestamp }: PodParts): ResourceObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web', namespace: 'default', creationTimestamp: ago(3600), deletionTimestamp },
    spec: {
      containers: Array.from({ length: containers }, (_, i) => ({ name: `c${i}`, image: 'nginx' })),
      ...(initContainers ? { initContainers } : {}),
    },
    status,
  };
}

const container = (name: string, fields: Record<string, unknown>) => ({
  name,
  ready: false,
  restartCount: 0,
  ...fields,
});

describe('podSummary', () => {
  it('reports a pending pod without statuses', () => {
    expect(podSummary(pod({ status: { phase: 'Pending' } }), NOW)).toEqual({
      ready: '0/1',
      status: 'Pending',
      restarts: '0',
    });
  });

  it('counts ready running containers', () => {
    const status = {
      phase: 'Running',
      containerStatuses: [
        container('c0', { ready: true, state: running }),
        container('c1', { ready: false, state: running }),
      ],
    };
    expect(podSummary(pod({ containers: 2, status }), NOW)).toEqual({ ready: '1/2', status: 'Running', restarts: '0' });
  });

  it.each([
    ['ContainerCreating', 'ContainerCreating'],
    ['ErrImagePull', 'ErrImagePull'],
    ['ImagePullBackOff', 'ImagePullBackOff'],
    ['CreateContainerConfigError', 'CreateContainerConfigError'],
  ])('shows the waiting reason %s', (reason, expected) => {
    const status = { phase: 'Pending', containerStatuses: [container('c0', { state: waiting(reason) })] };
    expect(podSummary(pod({ status }), NOW).status).toBe(expected);
  });

  it('shows CrashLoopBackOff with restarts and how long ago the last one ended', () => {
    const status = {
      phase: 'Running',
      containerStatuses: [
        container('c0', {
          restartCount: 3,
          state: waiting('CrashLoopBackOff'),
          lastState: terminated({ exitCode: 1, reason: 'Error', finishedAt: ago(300) }),
        }),
      ],
    };
    expect(podSummary(pod({ status }), NOW)).toEqual({
      ready: '0/1',
      status: 'CrashLoopBackOff',
      restarts: '3 (5m ago)',
    });
  });

  it('takes the latest restart over all containers', () => {
    const status = {
      phase: 'Running',
      containerStatuses: [
        container('c0', {
          restartCount: 1,
          state: running,
          ready: true,
          lastState: terminated({ finishedAt: ago(7200) }),
        }),
        container('c1', {
          restartCount: 2,
          state: running,
          ready: true,
          lastState: terminated({ finishedAt: ago(65) }),
        }),
      ],
    };
    expect(podSummary(pod({ containers: 2, status }), NOW).restarts).toBe('3 (65s ago)');
  });

  it('prints bare restarts when no termination time is known', () => {
    const status = { phase: 'Running', containerStatuses: [container('c0', { restartCount: 2, state: running })] };
    expect(podSummary(pod({ status }), NOW).restarts).toBe('2');
  });

  it.each([
    [{ reason: 'Completed' }, 'Succeeded', 'Completed'],
    [{ reason: 'Error', exitCode: 1 }, 'Failed', 'Error'],
    [{ reason: 'OOMKilled', exitCode: 137 }, 'Failed', 'OOMKilled'],
    [{ exitCode: 2 }, 'Failed', 'ExitCode:2'],
    [{ exitCode: 137, signal: 9 }, 'Failed', 'Signal:9'],
  ])('shows a terminated container %j', (state, phase, expected) => {
    const status = { phase, containerStatuses: [container('c0', { state: terminated(state) })] };
    expect(podSummary(pod({ status }), NOW)).toEqual({ ready: '0/1', status: expected, restarts: '0' });
  });

  it('lets the first container win over later ones', () => {
    const status = {
      phase: 'Pending',
      containerStatuses: [
        container('c0', { state: waiting('ErrImagePull') }),
        container('c1', { state: waiting('ContainerCreating') }),
      ],
    };
    expect(podSummary(pod({ containers: 2, status }), NOW).status).toBe('ErrImagePull');
  });

  it('shows Running for a completed container beside a running one when the pod is Ready', () => {
    const containerStatuses = [
      container('c0', { state: terminated({ reason: 'Completed' }) }),
      container('c1', { state: running, ready: true }),
    ];
    const ready = { phase: 'Running', containerStatuses, conditions: [{ type: 'Ready', status: 'True' }] };
    const notReady = { phase: 'Running', containerStatuses, conditions: [{ type: 'Ready', status: 'False' }] };
    expect(podSummary(pod({ containers: 2, status: ready }), NOW).status).toBe('Running');
    expect(podSummary(pod({ containers: 2, status: notReady }), NOW).status).toBe('NotReady');
  });

  it('uses the pod reason, e.g. Evicted', () => {
    const status = { phase: 'Failed', reason: 'Evicted', message: 'The node was low on resource: memory.' };
    expect(podSummary(pod({ status }), NOW).status).toBe('Evicted');
  });

  it('shows SchedulingGated from the PodScheduled condition', () => {
    const status = {
      phase: 'Pending',
      conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }],
    };
    expect(podSummary(pod({ status }), NOW).status).toBe('SchedulingGated');
  });

  describe('deletion', () => {
    it('shows Terminating while a running pod is deleted', () => {
      const status = { phase: 'Running', containerStatuses: [container('c0', { state: running, ready: true })] };
      expect(podSummary(pod({ status, deletionTimestamp: ago(1) }), NOW)).toEqual({
        ready: '1/1',
        status: 'Terminating',
        restarts: '0',
      });
    });

    it('keeps the status of a finished pod', () => {
      const status = {
        phase: 'Succeeded',
        containerStatuses: [container('c0', { state: terminated({ reason: 'Completed' }) })],
      };
      expect(podSummary(pod({ status, deletionTimestamp: ago(1) }), NOW).status).toBe('Completed');
    });

    it('shows Unknown for a deleted pod of an unreachable node', () => {
      const status = { phase: 'Running', reason: 'NodeLost' };
      expect(podSummary(pod({ status, deletionTimestamp: ago(1) }), NOW).status).toBe('Unknown');
    });
  });

  describe('init containers', () => {
    const inits = [{ name: 'i0' }, { name: 'i1' }];

    it('counts init progress while initialising', () => {
      const status = {
        phase: 'Pending',
        initContainerStatuses: [
          container('i0', { state: terminated({ reason: 'Completed' }) }),
          container('i1', { state: waiting('PodInitializing') }),
        ],
        containerStatuses: [container('c0', { state: waiting('PodInitializing') })],
      };
      expect(podSummary(pod({ initContainers: inits, status }), NOW)).toEqual({
        ready: '0/1',
        status: 'Init:1/2',
        restarts: '0',
      });
    });

    it('shows Init:0/2 before the first one ran', () => {
      const status = {
        phase: 'Pending',
        initContainerStatuses: [container('i0', { state: waiting('PodInitializing') }), container('i1', {})],
      };
      expect(podSummary(pod({ initContainers: inits, status }), NOW).status).toBe('Init:0/2');
    });

    it.each([
      [{ state: waiting('CrashLoopBackOff') }, 'Init:CrashLoopBackOff'],
      [{ state: terminated({ reason: 'Error', exitCode: 1 }) }, 'Init:Error'],
      [{ state: terminated({ exitCode: 3 }) }, 'Init:ExitCode:3'],
      [{ state: terminated({ exitCode: 143, signal: 15 }) }, 'Init:Signal:15'],
    ])('shows a failing init container %j', (fields, expected) => {
      const status = { phase: 'Pending', initContainerStatuses: [container('i0', fields), container('i1', {})] };
      expect(podSummary(pod({ initContainers: inits, status }), NOW).status).toBe(expected);
    });

    it('counts init container restarts while initialising', () => {
      const status = {
        phase: 'Pending',
        initContainerStatuses: [
          container('i0', {
            restartCount: 4,
            state: waiting('CrashLoopBackOff'),
            lastState: terminated({ exitCode: 1, finishedAt: ago(30) }),
          }),
        ],
        containerStatuses: [container('c0', { restartCount: 0, state: waiting('PodInitializing') })],
      };
      expect(podSummary(pod({ initContainers: [{ name: 'i0' }], status }), NOW).restarts).toBe('4 (30s ago)');
    });

    it('counts a started sidecar as a container and its restarts', () => {
      const status = {
        phase: 'Running',
        conditions: [{ type: 'Initialized', status: 'True' }],
        initContainerStatuses: [container('sidecar', { started: true, ready: true, restartCount: 1, state: running })],
        containerStatuses: [container('c0', { ready: true, state: running })],
      };
      const sidecar = [{ name: 'sidecar', restartPolicy: 'Always' }];
      expect(podSummary(pod({ initContainers: sidecar, status }), NOW)).toEqual({
        ready: '2/2',
        status: 'Running',
        restarts: '1',
      });
    });

    it('ignores completed init containers once the pod runs', () => {
      const status = {
        phase: 'Running',
        initContainerStatuses: [container('i0', { restartCount: 2, state: terminated({ reason: 'Completed' }) })],
        containerStatuses: [container('c0', { ready: true, state: running })],
      };
      expect(podSummary(pod({ initContainers: [{ name: 'i0' }], status }), NOW)).toEqual({
        ready: '1/1',
        status: 'Running',
        restarts: '0',
      });
    });
  });
});
