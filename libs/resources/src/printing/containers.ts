import { at, list, str } from '../objects/read';

/** layoutContainerCells: container names and images of a pod spec, each comma-joined. */
export function containerCells(podSpec: unknown): [names: string, images: string] {
  const containers = list(at(podSpec, 'containers'));
  return [
    containers.map((container) => str(at(container, 'name'))).join(','),
    containers.map((container) => str(at(container, 'image'))).join(','),
  ];
}
