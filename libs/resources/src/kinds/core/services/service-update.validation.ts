import type { ErrorCause } from '@ksb/errors';
import { goLiteral, goStringSlice, invalidValue } from '@ksb/validation';
import { list, str, type JsonRecord } from '../../../objects/read';
import { isHeadless } from './service-type.validation';

// validateUpgradeDowngradeClusterIPs for a single-stack cluster: the primary cluster IP never changes
// (except to or from ExternalName), after the registry's normalisation of clusterIP against clusterIPs.

const ips = (value: unknown): string[] => list(value).map((item) => str(item));

/** What the registry makes of the new clusterIPs: kept when omitted, following clusterIP when only it changed. */
function effectiveClusterIPs(spec: JsonRecord, oldSpec: JsonRecord): string[] {
  const oldIPs = ips(oldSpec.clusterIPs);
  const clusterIP = str(spec.clusterIP) || str(oldSpec.clusterIP);
  const given = ips(spec.clusterIPs);
  const clusterIPs = given.length > 0 ? given : oldIPs;
  const sameIPs = clusterIPs.length === oldIPs.length && clusterIPs.every((ip, index) => ip === oldIPs[index]);
  if (clusterIP !== str(oldSpec.clusterIP) && sameIPs) return clusterIP ? [clusterIP] : [];
  return clusterIPs.length > 0 ? clusterIPs : clusterIP ? [clusterIP] : [];
}

export function clusterIPUpdateErrors(spec: JsonRecord, oldSpec: JsonRecord): ErrorCause[] {
  if (spec.type === 'ExternalName' || oldSpec.type === 'ExternalName') return [];
  if (isHeadless(spec) && isHeadless(oldSpec)) return [];
  const oldPrimary = str(ips(oldSpec.clusterIPs)[0]) || str(oldSpec.clusterIP);
  if (!oldPrimary) return [];
  const next = effectiveClusterIPs(spec, oldSpec);
  const path = 'spec.clusterIPs[0]';
  if (next.length === 0)
    return [invalidValue(path, goLiteral(goStringSlice(next)), 'primary clusterIP can not be unset')];
  return next[0] === oldPrimary ? [] : [invalidValue(path, goLiteral(goStringSlice(next)), 'may not change once set')];
}
