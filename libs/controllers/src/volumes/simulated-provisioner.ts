import type { NodeSelector } from 'kubernetes-types/core/v1';
import {
  ANN_PROVISIONED_BY,
  PV_PROTECTION,
  type ClaimObject,
  type ClassObject,
  type VolumeObject,
} from './volume-types';

// The built-in stand-in for a class's external provisioner: it creates the PersistentVolume the real one would
// (pvc-<claim uid>, pre-bound to the claim, the class's reclaim policy, the selected node's affinity) and reports
// under the provisioner's name, as sig-storage-lib-external-provisioner does.

/** kind's default provisioner: node-local directories, single-node access only. */
export const LOCAL_PATH = 'rancher.io/local-path';
/** minikube's default provisioner. */
const MINIKUBE_HOSTPATH = 'k8s.io/minikube-hostpath';

export const volumeNameFor = (claim: ClaimObject): string => `pvc-${claim.metadata.uid ?? ''}`;

/** Why the provisioner refuses the claim, with its own wording ("" when it provisions). */
export function provisioningRefusal(claim: ClaimObject, storageClass: ClassObject): string {
  if (storageClass.provisioner !== LOCAL_PATH) return '';
  if (claim.spec?.volumeMode === 'Block') return `${LOCAL_PATH} does not support block volume provisioning`;
  const modes = claim.spec?.accessModes ?? [];
  if (modes.some((mode) => mode !== 'ReadWriteOnce' && mode !== 'ReadWriteOncePod')) {
    return `failed to provision volume with StorageClass "${storageClass.metadata.name ?? ''}": NodePath only supports ReadWriteOnce and ReadWriteOncePod (1.22+) access modes`;
  }
  return '';
}

function hostPathFor(claim: ClaimObject, storageClass: ClassObject): string {
  const { namespace = '', name = '' } = claim.metadata;
  if (storageClass.provisioner === MINIKUBE_HOSTPATH) return `/tmp/hostpath-provisioner/${namespace}/${name}`;
  if (storageClass.provisioner === LOCAL_PATH)
    return `/var/local-path-provisioner/${volumeNameFor(claim)}_${namespace}_${name}`;
  return `/var/lib/kube-sandbox/volumes/${volumeNameFor(claim)}`;
}

const nodeAffinityFor = (hostname: string): { required: NodeSelector } => ({
  required: {
    nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [hostname] }] }],
  },
});

/**
 * The volume provisioned for the claim. `hostname` is the selected node's kubernetes.io/hostname: node-local
 * provisioners pin the volume there.
 */
export function provisionedVolume(claim: ClaimObject, storageClass: ClassObject, hostname?: string): VolumeObject {
  const nodeLocal = storageClass.provisioner === LOCAL_PATH || storageClass.provisioner === MINIKUBE_HOSTPATH;
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: {
      name: volumeNameFor(claim),
      annotations: { [ANN_PROVISIONED_BY]: storageClass.provisioner },
      finalizers: [PV_PROTECTION],
    },
    spec: {
      accessModes: [...(claim.spec?.accessModes ?? [])],
      capacity: { storage: claim.spec?.resources?.requests?.storage ?? '0' },
      claimRef: {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        name: claim.metadata.name,
        namespace: claim.metadata.namespace,
        resourceVersion: claim.metadata.resourceVersion,
        uid: claim.metadata.uid,
      },
      hostPath: { path: hostPathFor(claim, storageClass), type: 'DirectoryOrCreate' },
      ...(storageClass.mountOptions?.length ? { mountOptions: [...storageClass.mountOptions] } : {}),
      ...(hostname && nodeLocal ? { nodeAffinity: nodeAffinityFor(hostname) } : {}),
      persistentVolumeReclaimPolicy: storageClass.reclaimPolicy ?? 'Delete',
      storageClassName: storageClass.metadata.name,
      volumeMode: claim.spec?.volumeMode ?? 'Filesystem',
    },
  };
}
