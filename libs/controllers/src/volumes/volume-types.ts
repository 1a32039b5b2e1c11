import type { Node, PersistentVolume, PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import type { KubeObject } from '@ksb/store';

/** A kubernetes-types object as the store serves it (metadata always present). */
export type Stored<T> = T & KubeObject;

export type ClaimObject = Stored<PersistentVolumeClaim>;
export type VolumeObject = Stored<PersistentVolume>;
export type ClassObject = Stored<StorageClass>;
export type PodObject = Stored<Pod>;
export type NodeObject = Stored<Node>;

// Annotations and finalizers of the persistent volume machinery (pkg/controller/volume/persistentvolume/util).
export const ANN_BIND_COMPLETED = 'pv.kubernetes.io/bind-completed';
export const ANN_BOUND_BY_CONTROLLER = 'pv.kubernetes.io/bound-by-controller';
export const ANN_SELECTED_NODE = 'volume.kubernetes.io/selected-node';
export const ANN_STORAGE_PROVISIONER = 'volume.kubernetes.io/storage-provisioner';
export const ANN_BETA_STORAGE_PROVISIONER = 'volume.beta.kubernetes.io/storage-provisioner';
export const ANN_PROVISIONED_BY = 'pv.kubernetes.io/provisioned-by';
export const ANN_BETA_STORAGE_CLASS = 'volume.beta.kubernetes.io/storage-class';
export const ANN_DEFAULT_CLASS = 'storageclass.kubernetes.io/is-default-class';
export const ANN_BETA_DEFAULT_CLASS = 'storageclass.beta.kubernetes.io/is-default-class';
export const PVC_PROTECTION = 'kubernetes.io/pvc-protection';
export const PV_PROTECTION = 'kubernetes.io/pv-protection';
/** The provisioner name of classes whose volumes are made by hand (local volumes). */
export const NO_PROVISIONER = 'kubernetes.io/no-provisioner';

/** Sets an object's status (kubernetes-types marks status read-only: servers, not clients, write it). */
export function setStatus<T extends { readonly status?: unknown }>(object: T, status: T['status']): void {
  (object as { status?: T['status'] }).status = status;
}
