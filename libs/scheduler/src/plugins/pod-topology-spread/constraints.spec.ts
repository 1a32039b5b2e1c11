import { makePod, makeReplica } from '../../test-fixtures';
import type { Pod, TopologySpreadConstraint } from '../../types';
import { podConstraints } from './constraints';
import { indexWorkloads } from './default-selector';

const NONE = indexWorkloads({});
const withConstraints = (pod: Pod, ...constraints: TopologySpreadConstraint[]): Pod => ({
  ...pod,
  spec: { ...pod.spec, topologySpreadConstraints: constraints },
});

describe('podConstraints', () => {
  it('applies the system defaults (hostname 3, zone 5, ScheduleAnyway) to pods of a workload', () => {
    const soft = podConstraints(makeReplica('web-1'), 'ScheduleAnyway', NONE);
    expect(soft.map((c) => [c.topologyKey, c.maxSkew, c.minDomains, c.nodeAffinityPolicy, c.nodeTaintsPolicy])).toEqual(
      [
        ['kubernetes.io/hostname', 3, 1, 'Honor', 'Ignore'],
        ['topology.kubernetes.io/zone', 5, 1, 'Honor', 'Ignore'],
      ],
    );
    expect(podConstraints(makeReplica('web-1'), 'DoNotSchedule', NONE)).toEqual([]);
    expect(podConstraints(makePod('bare'), 'ScheduleAnyway', NONE)).toEqual([]);
  });

  it("uses the pod's own constraints instead, split by action", () => {
    const pod = withConstraints(
      makeReplica('web-1'),
      {
        maxSkew: 1,
        topologyKey: 'zone',
        whenUnsatisfiable: 'DoNotSchedule',
        labelSelector: { matchLabels: { app: 'web' } },
      },
      {
        maxSkew: 2,
        topologyKey: 'rack',
        whenUnsatisfiable: 'ScheduleAnyway',
        nodeTaintsPolicy: 'Honor',
        minDomains: 2,
      },
    );
    expect(podConstraints(pod, 'DoNotSchedule', NONE)).toEqual([
      {
        maxSkew: 1,
        topologyKey: 'zone',
        selector: { requirements: [{ key: 'app', operator: 'In', values: ['web'] }] },
        minDomains: 1,
        nodeAffinityPolicy: 'Honor',
        nodeTaintsPolicy: 'Ignore',
      },
    ]);
    // No labelSelector selects nothing.
    expect(podConstraints(pod, 'ScheduleAnyway', NONE)).toMatchObject([
      { selector: { requirements: null }, minDomains: 2, nodeTaintsPolicy: 'Honor' },
    ]);
  });

  it("ANDs the pod's values of matchLabelKeys into the selector", () => {
    const pod = withConstraints(makeReplica('web-1'), {
      maxSkew: 1,
      topologyKey: 'zone',
      whenUnsatisfiable: 'DoNotSchedule',
      labelSelector: { matchLabels: { app: 'web' } },
      matchLabelKeys: ['pod-template-hash', 'absent'],
    });
    expect(podConstraints(pod, 'DoNotSchedule', NONE)[0].selector.requirements).toEqual([
      { key: 'pod-template-hash', operator: 'In', values: ['abc'] },
      { key: 'app', operator: 'In', values: ['web'] },
    ]);
  });
});
