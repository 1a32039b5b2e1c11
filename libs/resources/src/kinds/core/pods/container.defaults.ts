import { isRecord, str, type JsonRecord } from '../../../objects/read';
import { child, childRecords, existingChild, setDefault } from '../../shared/json-defaults';
import { imagePullPolicyFor } from './image-pull-policy';

// SetDefaults_Container and the defaulters of what a container holds (ports, probes, env sources).

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;

/** SetDefaults_HTTPGetAction. */
function defaultHttpGet(handler: JsonRecord | undefined): void {
  const httpGet = handler && existingChild(handler, 'httpGet');
  if (!httpGet) return;
  setDefault(httpGet, 'path', '/');
  setDefault(httpGet, 'scheme', 'HTTP');
}

/** SetDefaults_Probe. */
function defaultProbe(probe: JsonRecord): void {
  setDefault(probe, 'timeoutSeconds', 1);
  setDefault(probe, 'periodSeconds', 10);
  setDefault(probe, 'successThreshold', 1);
  setDefault(probe, 'failureThreshold', 3);
  defaultHttpGet(probe);
}

/** SetDefaults_ObjectFieldSelector: fieldRef.apiVersion. */
export function defaultFieldRef(holder: JsonRecord | undefined): void {
  const fieldRef = holder && existingChild(holder, 'fieldRef');
  if (fieldRef) setDefault(fieldRef, 'apiVersion', 'v1');
}

export function defaultContainer(container: JsonRecord): void {
  setDefault(container, 'imagePullPolicy', imagePullPolicyFor(str(container.image)));
  setDefault(container, 'terminationMessagePath', '/dev/termination-log');
  setDefault(container, 'terminationMessagePolicy', 'File');
  // ResourceRequirements is a struct, never omitted: upstream always serves `resources: {}`.
  child(container, 'resources');
  for (const port of childRecords(container, 'ports')) setDefault(port, 'protocol', 'TCP');
  for (const name of PROBES) {
    const probe = container[name];
    if (isRecord(probe)) defaultProbe(probe);
  }
  const lifecycle = existingChild(container, 'lifecycle');
  if (lifecycle) {
    defaultHttpGet(existingChild(lifecycle, 'postStart'));
    defaultHttpGet(existingChild(lifecycle, 'preStop'));
  }
  for (const variable of childRecords(container, 'env')) defaultFieldRef(existingChild(variable, 'valueFrom'));
}
