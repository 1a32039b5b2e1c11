import type { Defaulter } from '../../../definition/hooks';
import { list, str, type JsonRecord } from '../../../objects/read';
import { child, childRecords, copyObject, existingChild, setDefault } from '../../shared/json-defaults';
import { defaultPodSpec } from './pod-spec.defaults';
import { qosClass } from './qos-class';

// Pods get the pod spec defaults plus what SetDefaults_Pod and the default admission plugins add on create
// (ServiceAccount, DefaultTolerationSeconds, Priority) and the Pending status the pod strategy starts with.

const EVICTION_TAINTS = ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable'];

/** SetDefaults_Pod: requests default to limits on pods (not on templates). */
function defaultRequestsFromLimits(container: JsonRecord): void {
  const resources = child(container, 'resources');
  const limits = existingChild(resources, 'limits');
  if (!limits || Object.keys(limits).length === 0) return;
  const requests = child(resources, 'requests');
  for (const [name, quantity] of Object.entries(limits)) setDefault(requests, name, quantity);
}

/** hostNetwork pods publish their container ports on the node. */
function defaultHostPorts(container: JsonRecord): void {
  for (const port of childRecords(container, 'ports')) {
    if (!port.hostPort) port.hostPort = port.containerPort;
  }
}

/** DefaultTolerationSeconds: tolerate the node-lifecycle taints for 300 s unless a toleration covers them. */
function defaultTolerations(spec: JsonRecord): void {
  const tolerations = childRecords(spec, 'tolerations');
  const covers = (key: string) =>
    tolerations.some(
      (toleration) =>
        (str(toleration.key) === key || str(toleration.key) === '') &&
        (str(toleration.effect) === 'NoExecute' || str(toleration.effect) === ''),
    );
  const added = EVICTION_TAINTS.filter((key) => !covers(key)).map((key) => ({
    key,
    operator: 'Exists',
    effect: 'NoExecute',
    tolerationSeconds: 300,
  }));
  if (added.length > 0) spec.tolerations = [...list(spec.tolerations), ...added];
}

function defaultServiceAccount(spec: JsonRecord): void {
  // serviceAccount is the deprecated alias upstream keeps in step with serviceAccountName.
  const name = str(spec.serviceAccountName) || str(spec.serviceAccount) || 'default';
  spec.serviceAccountName = name;
  spec.serviceAccount = name;
}

export const defaultPod: Defaulter = (pod) => {
  const copy = copyObject(pod);
  const spec = child(copy, 'spec');
  defaultPodSpec(spec);
  const containers = [...childRecords(spec, 'initContainers'), ...childRecords(spec, 'containers')];
  for (const container of containers) {
    defaultRequestsFromLimits(container);
    if (spec.hostNetwork === true) defaultHostPorts(container);
  }
  setDefault(spec, 'enableServiceLinks', true);
  defaultServiceAccount(spec);
  defaultTolerations(spec);
  // The Priority plugin: without a class (and no global default class in a sandbox) priority is 0.
  if (!str(spec.priorityClassName)) setDefault(spec, 'priority', 0);
  setDefault(spec, 'preemptionPolicy', 'PreemptLowerPriority');
  const status = child(copy, 'status');
  if (!str(status.phase)) {
    status.phase = 'Pending';
    setDefault(status, 'qosClass', qosClass(spec));
  }
  return copy;
};
