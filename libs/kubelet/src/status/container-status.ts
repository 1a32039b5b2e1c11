import { createHash } from 'node:crypto';
import type { Container, ContainerStatus } from 'kubernetes-types/core/v1';
import { parseImage } from '../images/image-reference';

/** A containerd-style container ID, stable for one pod, container and restart. */
export const containerId = (podUid: string, name: string, restartCount: number): string =>
  `containerd://${createHash('sha256').update(`${podUid}/${name}/${restartCount}`).digest('hex')}`;

export function waitingStatus(container: Container, reason: string): ContainerStatus {
  return {
    name: container.name,
    image: container.image ?? '',
    imageID: '',
    ready: false,
    started: false,
    restartCount: 0,
    state: { waiting: { reason } },
    lastState: {},
  };
}

export function runningStatus(container: Container, podUid: string, startedAt: string): ContainerStatus {
  const image = parseImage(container.image ?? '');
  return {
    name: container.name,
    image: image.name,
    imageID: image.id,
    containerID: containerId(podUid, container.name, 0),
    ready: true,
    started: true,
    restartCount: 0,
    state: { running: { startedAt } },
    lastState: {},
  };
}

/** An init container that ran to completion (the data plane will run its command). */
export function completedStatus(container: Container, podUid: string, at: string): ContainerStatus {
  const image = parseImage(container.image ?? '');
  const id = containerId(podUid, container.name, 0);
  return {
    name: container.name,
    image: image.name,
    imageID: image.id,
    containerID: id,
    ready: true,
    started: false,
    restartCount: 0,
    state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: at, finishedAt: at, containerID: id } },
    lastState: {},
  };
}
