import type { KubeObject } from '../objects/kube-object';

type FieldExtractor = (object: KubeObject) => Record<string, string>;

const path = (object: unknown, dotted: string): string => {
  let value: unknown = object;
  for (const part of dotted.split('.')) {
    if (value === null || typeof value !== 'object') return '';
    value = (value as Record<string, unknown>)[part];
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
};

const pick =
  (...fields: string[]): FieldExtractor =>
  (object) =>
    Object.fromEntries(fields.map((field) => [field, path(object, field)]));

/**
 * Field selectors each resource supports beyond metadata.name and metadata.namespace, as upstream
 * registers them. Their values are stored beside the object so lists filter without parsing bodies.
 */
const EXTRA_FIELDS: Record<string, FieldExtractor> = {
  pods: pick(
    'spec.nodeName',
    'spec.restartPolicy',
    'spec.schedulerName',
    'spec.serviceAccountName',
    'spec.hostNetwork',
    'status.phase',
    'status.podIP',
    'status.nominatedNodeName',
  ),
  events: pick(
    'involvedObject.kind',
    'involvedObject.namespace',
    'involvedObject.name',
    'involvedObject.uid',
    'involvedObject.apiVersion',
    'involvedObject.resourceVersion',
    'involvedObject.fieldPath',
    'reason',
    'reportingComponent',
    'source',
    'type',
  ),
  'events.events.k8s.io': pick(
    'regarding.kind',
    'regarding.namespace',
    'regarding.name',
    'regarding.uid',
    'reason',
    'type',
  ),
  secrets: pick('type'),
  nodes: pick('spec.unschedulable'),
  namespaces: pick('status.phase'),
  'replicasets.apps': pick('status.replicas'),
  'jobs.batch': pick('status.successful'),
  'certificatesigningrequests.certificates.k8s.io': pick('spec.signerName'),
};

export function indexedFields(resource: string, object: KubeObject): Record<string, string> {
  return EXTRA_FIELDS[resource]?.(object) ?? {};
}

export function supportedFields(resource: string): string[] {
  const extractor = EXTRA_FIELDS[resource];
  return ['metadata.name', 'metadata.namespace', ...(extractor ? Object.keys(extractor({ metadata: {} })) : [])];
}
