import type { ControllerRevision, StatefulSet } from 'kubernetes-types/apps/v1';
import type { PersistentVolumeClaim, Pod, PodTemplateSpec } from 'kubernetes-types/core/v1';
import type { KubeObject } from '@ksb/store';

/** A kubernetes-types object as the store serves it (metadata always present). */
export type Stored<T> = T & KubeObject;

export type SetObject = Stored<StatefulSet>;
export type PodObject = Stored<Pod>;
export type ClaimObject = Stored<PersistentVolumeClaim>;
export type RevisionObject = Stored<ControllerRevision>;
export type Template = PodTemplateSpec;

export const POD_NAME_LABEL = 'statefulset.kubernetes.io/pod-name';
export const POD_INDEX_LABEL = 'apps.kubernetes.io/pod-index';
/** The pod label naming its ControllerRevision (the revision's full name, not only its hash). */
export const REVISION_LABEL = 'controller-revision-hash';
/** The label of a ControllerRevision carrying its hash. */
export const HASH_LABEL = 'controller.kubernetes.io/hash';
