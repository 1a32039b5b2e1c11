import type { JsonRecord } from '../../../objects/read';
import { childRecords, existingChild, setDefault } from '../../shared/json-defaults';
import { defaultFieldRef } from './container.defaults';

// SetDefaults_Volume and the volume sources' defaulters.

/** 0644, which upstream serves in decimal. */
const DEFAULT_MODE = 420;

function hasSource(volume: JsonRecord): boolean {
  return Object.entries(volume).some(([key, value]) => key !== 'name' && value !== undefined && value !== null);
}

function defaultItems(source: JsonRecord): void {
  for (const item of childRecords(source, 'items')) defaultFieldRef(item);
}

function defaultProjected(projected: JsonRecord): void {
  setDefault(projected, 'defaultMode', DEFAULT_MODE);
  for (const source of childRecords(projected, 'sources')) {
    const token = existingChild(source, 'serviceAccountToken');
    if (token) setDefault(token, 'expirationSeconds', 3600);
    const downward = existingChild(source, 'downwardAPI');
    if (downward) defaultItems(downward);
  }
}

export function defaultVolume(volume: JsonRecord): void {
  // A volume that names no source is an emptyDir.
  if (!hasSource(volume)) volume.emptyDir = {};
  for (const kind of ['configMap', 'secret'] as const) {
    const source = existingChild(volume, kind);
    if (source) setDefault(source, 'defaultMode', DEFAULT_MODE);
  }
  const downward = existingChild(volume, 'downwardAPI');
  if (downward) {
    setDefault(downward, 'defaultMode', DEFAULT_MODE);
    defaultItems(downward);
  }
  const projected = existingChild(volume, 'projected');
  if (projected) defaultProjected(projected);
  const hostPath = existingChild(volume, 'hostPath');
  if (hostPath) setDefault(hostPath, 'type', '');
}
