import { milliCpu, parseQuantity } from '@ksb/quantity';
import type { Container, ResourceList } from './types';

/** CPU in millicores and memory in bytes: the two resources the default scoring strategies weigh. */
export interface Resources {
  milliCpu: number;
  memory: number;
}

// schedutil.DefaultMilliCPURequest / DefaultMemoryRequest: scoring treats request-less containers as this big,
// so best-effort pods still spread instead of piling onto one node.
export const DEFAULT_MILLI_CPU_REQUEST = 100;
export const DEFAULT_MEMORY_REQUEST = 200 * 1024 * 1024;

const ZERO: Resources = { milliCpu: 0, memory: 0 };

export const addResources = (a: Resources, b: Resources): Resources => ({
  milliCpu: a.milliCpu + b.milliCpu,
  memory: a.memory + b.memory,
});

const maxResources = (a: Resources, b: Resources): Resources => ({
  milliCpu: Math.max(a.milliCpu, b.milliCpu),
  memory: Math.max(a.memory, b.memory),
});

export function resourcesFromList(list: ResourceList | undefined): Resources {
  return {
    milliCpu: list?.cpu === undefined ? 0 : milliCpu(list.cpu),
    memory: list?.memory === undefined ? 0 : parseQuantity(list.memory),
  };
}

function containerRequests(container: Container, nonZero: boolean): Resources {
  const requests = container.resources?.requests;
  const resources = resourcesFromList(requests);
  if (!nonZero) return resources;
  // Upstream substitutes the default only when the request is missing, not when it is an explicit zero.
  return {
    milliCpu: requests?.cpu === undefined ? DEFAULT_MILLI_CPU_REQUEST : resources.milliCpu,
    memory: requests?.memory === undefined ? DEFAULT_MEMORY_REQUEST : resources.memory,
  };
}

interface PodResourceSpec {
  containers?: readonly Container[];
  initContainers?: readonly Container[];
  overhead?: ResourceList;
}

/**
 * resourcehelper.PodRequests: app containers run together (sum); init containers run one at a time (max), but
 * sidecars (restartPolicy Always) keep running, so they add to the app containers and to every later init
 * container. Overhead is added on top. `nonZero` gives the variant scoring uses.
 */
export function podRequests(spec: PodResourceSpec | undefined, nonZero = false): Resources {
  let requests = (spec?.containers ?? []).reduce((sum, c) => addResources(sum, containerRequests(c, nonZero)), ZERO);
  let sidecars = ZERO;
  let initPeak = ZERO;
  for (const init of spec?.initContainers ?? []) {
    const own = containerRequests(init, nonZero);
    let running: Resources;
    if (init.restartPolicy === 'Always') {
      requests = addResources(requests, own);
      sidecars = addResources(sidecars, own);
      running = sidecars;
    } else {
      running = addResources(own, sidecars);
    }
    initPeak = maxResources(initPeak, running);
  }
  requests = maxResources(requests, initPeak);
  return addResources(requests, resourcesFromList(spec?.overhead));
}
