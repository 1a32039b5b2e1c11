import { at, list, num, podSummary, str } from '@ksb/resources';
import type { KubeObject } from '@ksb/store';
import { conditionsOf, metaOf, optionalText } from '../common/object-meta.type';
import type { Container, Pod } from './pod.type';

const STATES = ['running', 'terminated', 'waiting'] as const;

function containersOf(pod: KubeObject, init: boolean): Container[] {
  const specs = list(at(pod, 'spec', init ? 'initContainers' : 'containers'));
  const statuses = list(at(pod, 'status', init ? 'initContainerStatuses' : 'containerStatuses'));
  return specs.map((spec) => {
    const name = str(at(spec, 'name'));
    const status = statuses.find((candidate) => at(candidate, 'name') === name);
    const state = STATES.find((candidate) => at(status, 'state', candidate) !== undefined) ?? 'waiting';
    const detail = at(status, 'state', state);
    const exitCode = at(detail, 'exitCode');
    return {
      name,
      image: str(at(spec, 'image')),
      init,
      ports: list(at(spec, 'ports')).map((port) => ({
        name: optionalText(at(port, 'name')),
        containerPort: num(at(port, 'containerPort')),
        protocol: str(at(port, 'protocol'), 'TCP'),
      })),
      ready: at(status, 'ready') === true,
      restartCount: num(at(status, 'restartCount')),
      state,
      reason: optionalText(at(detail, 'reason')),
      message: optionalText(at(detail, 'message')),
      exitCode: typeof exitCode === 'number' ? exitCode : null,
      startedAt: optionalText(at(detail, 'startedAt')),
      finishedAt: optionalText(at(detail, 'finishedAt')),
    };
  });
}

export function toPod(pod: KubeObject, sandboxId: string): Pod {
  const summary = podSummary(pod, new Date());
  const containers = [...containersOf(pod, true), ...containersOf(pod, false)];
  return {
    sandboxId,
    metadata: metaOf(pod),
    phase: str(at(pod, 'status', 'phase'), 'Pending'),
    status: summary.status,
    ready: summary.ready,
    restarts: containers.reduce((sum, container) => sum + container.restartCount, 0),
    podIP: optionalText(at(pod, 'status', 'podIP')),
    hostIP: optionalText(at(pod, 'status', 'hostIP')),
    nodeName: optionalText(at(pod, 'spec', 'nodeName')),
    startTime: optionalText(at(pod, 'status', 'startTime')),
    containers,
    conditions: conditionsOf(pod.status),
    json: pod,
  };
}
