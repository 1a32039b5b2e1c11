import { ErrorCause, invalid } from '@ksb/errors';
import { parseQuantity, QuantityError } from '@ksb/quantity';
import { NodeSpec, NodesRequest, TaintEffect } from './node-spec';
import { DEFAULT_PRESET, PRESETS } from './presets';

const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const EFFECTS: readonly TaintEffect[] = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

function keyProblem(key: string): string | undefined {
  const slash = key.lastIndexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (prefix !== undefined && (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))) {
    return 'prefix part must be a lowercase RFC 1123 subdomain';
  }
  if (name.length === 0 || name.length > 63 || !LABEL_NAME.test(name)) {
    return "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  }
  return undefined;
}

function checkQuantity(causes: ErrorCause[], field: string, text: unknown, positive = true): void {
  try {
    if (typeof text !== 'string') throw new QuantityError('must be a quantity string such as "2" or "4Gi"');
    if (positive && !(parseQuantity(text) > 0)) throw new QuantityError('must be greater than 0');
  } catch (error) {
    causes.push({ field, message: error instanceof Error ? error.message : String(error) });
  }
}

/** Checks a uniform node request and expands it to named worker nodes node-1..node-N. */
export function nodesFromRequest(request: NodesRequest): NodeSpec[] {
  const causes: ErrorCause[] = [];
  if (!Number.isInteger(request.count) || request.count < 1)
    causes.push({ field: 'nodes.count', message: 'must be an integer of at least 1' });
  checkQuantity(causes, 'nodes.cpu', request.cpu);
  checkQuantity(causes, 'nodes.memory', request.memory);
  if (
    request.maxPods !== undefined &&
    (!Number.isInteger(request.maxPods) || request.maxPods < 1 || request.maxPods > 1000)
  ) {
    causes.push({ field: 'nodes.maxPods', message: 'must be an integer between 1 and 1000' });
  }
  for (const [key, value] of Object.entries(request.labels ?? {})) {
    const problem = keyProblem(key);
    if (problem) causes.push({ field: `nodes.labels[${key}]`, message: problem });
    if (typeof value !== 'string' || value.length > 63 || !LABEL_VALUE.test(value)) {
      causes.push({
        field: `nodes.labels[${key}]`,
        message:
          "a valid label value must be 63 characters or less and consist of alphanumeric characters, '-', '_' or '.'",
      });
    }
  }
  (request.taints ?? []).forEach((taint, i) => {
    const problem = typeof taint.key === 'string' ? keyProblem(taint.key) : 'is required';
    if (problem) causes.push({ field: `nodes.taints[${i}].key`, message: problem });
    if (!EFFECTS.includes(taint.effect))
      causes.push({ field: `nodes.taints[${i}].effect`, message: `must be one of ${EFFECTS.join(', ')}` });
    if (taint.value !== undefined && (typeof taint.value !== 'string' || !LABEL_VALUE.test(taint.value))) {
      causes.push({ field: `nodes.taints[${i}].value`, message: 'must be a valid label value' });
    }
  });
  if (causes.length) throw invalid('invalid node layout', causes);
  return Array.from({ length: request.count }, (_, i) => ({
    name: `node-${i + 1}`,
    role: 'worker' as const,
    cpu: request.cpu,
    memory: request.memory,
    maxPods: request.maxPods ?? 110,
    labels: { ...(request.labels ?? {}) },
    taints: (request.taints ?? []).map((t) => ({ ...t })),
  }));
}

export function resolveLayout(nodes: NodesRequest | undefined, preset: string | undefined): NodeSpec[] {
  if (nodes && preset)
    throw invalid('give either nodes or preset, not both', [
      { field: 'preset', message: 'must be absent when nodes is given' },
    ]);
  if (nodes) return nodesFromRequest(nodes);
  const chosen = PRESETS[preset ?? DEFAULT_PRESET];
  if (!chosen) {
    throw invalid(`unknown preset "${preset}"`, [
      { field: 'preset', message: `must be one of ${Object.keys(PRESETS).join(', ')}` },
    ]);
  }
  return structuredClone(chosen);
}
