import type { ErrorCause } from '@ksb/errors';
import { goQuote } from '@ksb/validation';
import {
  clusterIPOf,
  clusterIPsOf,
  HEADLESS,
  hasSelector,
  healthCheckNodePortOf,
  needsClusterIP,
  needsHealthCheckNodePort,
  needsNodePort,
  nodePortOf,
  portsOf,
  type ServiceSpec,
  strings,
  text,
} from './service-spec';

// What the API server does to a Service before validating it, so that allocated values survive clients
// that do not send them back (storage.go: normalizeClusterIPs, patchAllocatedValues; strategy.go:
// dropTypeDependentFields; alloc.go: initIPFamilyFields, for a single-stack IPv4 cluster).

const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/** clusterIPs follows clusterIP for clients that only know the singular field. */
export function normalizeClusterIPs(spec: ServiceSpec, old?: ServiceSpec): void {
  const ip = clusterIPOf(spec);
  if (!old) {
    if (ip && clusterIPsOf(spec).length === 0) spec.clusterIPs = [ip];
    return;
  }
  const oldIP = clusterIPOf(old);
  if (clusterIPsOf(old).length > 0 && clusterIPsOf(spec).length === 0 && oldIP === ip) {
    spec.clusterIPs = clusterIPsOf(old);
  }
  if (oldIP !== ip) {
    const samePlural = sameList(clusterIPsOf(old), clusterIPsOf(spec));
    // Clearing clusterIP clears the plural too; changing it (validation refuses that) moves the plural along.
    if (oldIP && !ip) {
      if (samePlural) delete spec.clusterIPs;
    } else if (samePlural && ip) {
      spec.clusterIPs = [ip];
    }
  }
}

/** A resubmitted manifest without the allocated clusterIP and nodePorts keeps the allocated ones. */
export function patchAllocatedValues(spec: ServiceSpec, old: ServiceSpec): void {
  if (needsClusterIP(old) && needsClusterIP(spec)) {
    if (!clusterIPOf(spec) && clusterIPOf(old)) spec.clusterIP = clusterIPOf(old);
    if (clusterIPsOf(spec).length === 0 && clusterIPsOf(old).length > 0) spec.clusterIPs = clusterIPsOf(old);
  }
  if (needsNodePort(old) && needsNodePort(spec)) {
    const inNew = new Set(portsOf(spec).map(nodePortOf));
    const used = new Set(
      portsOf(old)
        .map(nodePortOf)
        .filter((port) => port > 0 && inNew.has(port)),
    );
    // By port name: the user may have changed the port's other fields.
    const byName = new Map(portsOf(old).map((port) => [text(port.name), nodePortOf(port)]));
    for (const port of portsOf(spec)) {
      const previous = byName.get(text(port.name)) ?? 0;
      if (nodePortOf(port) === 0 && previous > 0 && !used.has(previous)) port.nodePort = previous;
    }
  }
  if (needsHealthCheckNodePort(old) && needsHealthCheckNodePort(spec) && healthCheckNodePortOf(spec) === 0) {
    if (healthCheckNodePortOf(old) > 0) spec.healthCheckNodePort = healthCheckNodePortOf(old);
  }
}

/** Switching to a type that does not use an allocated value drops it, unless the user changed it too. */
export function dropTypeDependentFields(spec: ServiceSpec, old: ServiceSpec): void {
  if (needsClusterIP(old) && !needsClusterIP(spec)) {
    if (clusterIPOf(old) === clusterIPOf(spec) && sameList(clusterIPsOf(old), clusterIPsOf(spec))) {
      delete spec.clusterIP;
      delete spec.clusterIPs;
    }
    if (sameList(strings(old.ipFamilies), strings(spec.ipFamilies))) delete spec.ipFamilies;
    if (old.ipFamilyPolicy === spec.ipFamilyPolicy) delete spec.ipFamilyPolicy;
  }
  const oldPorts = new Set(portsOf(old).map(nodePortOf));
  const sameNodePorts = portsOf(spec).every((port) => nodePortOf(port) === 0 || oldPorts.has(nodePortOf(port)));
  if (needsNodePort(old) && !needsNodePort(spec) && sameNodePorts) {
    for (const port of portsOf(spec)) delete port.nodePort;
  }
  if (
    needsHealthCheckNodePort(old) &&
    !needsHealthCheckNodePort(spec) &&
    healthCheckNodePortOf(old) === healthCheckNodePortOf(spec)
  ) {
    delete spec.healthCheckNodePort;
  }
}

const familyOf = (ip: string): 'IPv4' | 'IPv6' => (ip.includes(':') ? 'IPv6' : 'IPv4');

const invalid = (field: string, value: string, detail: string): ErrorCause => ({
  field,
  reason: 'FieldValueInvalid',
  message: `Invalid value: ${value}: ${detail}`,
});

/** `[]string{"a", "b"}`, as Go's %#v prints a string slice in field errors. */
export const goStrings = (values: readonly string[]): string => `[]string{${values.map(goQuote).join(', ')}}`;

/**
 * Fills ipFamilyPolicy and ipFamilies as this single-stack IPv4 cluster does, and refuses what it
 * cannot serve (IPv6, required dual-stack). Returns the field errors, upstream's wording.
 */
export function initIPFamilies(spec: ServiceSpec, old?: ServiceSpec): ErrorCause[] {
  if (!needsClusterIP(spec)) return [];
  // A list of the wrong type is left for validation to report.
  if (spec.ipFamilies !== undefined && spec.ipFamilies !== null && !Array.isArray(spec.ipFamilies)) return [];
  const headlessSelectorless =
    (clusterIPOf(spec) === HEADLESS || clusterIPsOf(spec)[0] === HEADLESS) && !hasSelector(spec);
  if (spec.ipFamilyPolicy === undefined || spec.ipFamilyPolicy === null) {
    if (old && text(old.ipFamilyPolicy)) spec.ipFamilyPolicy = text(old.ipFamilyPolicy);
    else spec.ipFamilyPolicy = headlessSelectorless ? 'RequireDualStack' : 'SingleStack';
  }
  const policy = text(spec.ipFamilyPolicy);
  const ips = clusterIPsOf(spec);
  const errors: ErrorCause[] = [];
  if (policy === 'SingleStack' && ips.length === 2) {
    errors.push(
      invalid(
        'spec.ipFamilyPolicy',
        goQuote(policy),
        "must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified",
      ),
    );
  }
  const families = strings(spec.ipFamilies);
  ips.forEach((ip, i) => {
    if (ip === HEADLESS || ip === '' || i < families.length) return;
    if (familyOf(ip) === 'IPv6') {
      errors.push(invalid(`spec.clusterIPs[${i}]`, goStrings(ips), 'IPv6 is not configured on this cluster'));
    } else families.push('IPv4');
  });
  if (errors.length) return errors;
  if (headlessSelectorless) {
    // Headless and selectorless: any family goes, the endpoints decide.
    if (families.length === 0) families.push('IPv4');
    if (families.length < 2 && policy !== 'SingleStack') families.push(families[0] === 'IPv4' ? 'IPv6' : 'IPv4');
    spec.ipFamilies = families;
    return [];
  }
  if (policy === 'RequireDualStack') {
    errors.push(
      invalid('spec.ipFamilyPolicy', goQuote(policy), 'this cluster is not configured for dual-stack services'),
    );
  }
  families.forEach((family, i) => {
    if (family !== 'IPv4')
      errors.push(invalid(`spec.ipFamilies[${i}]`, goQuote(family), 'not configured on this cluster'));
  });
  if (errors.length) return errors;
  spec.ipFamilies = families.length ? families : ['IPv4'];
  return [];
}
