import { controllerRefTo, ownerReferencesOf, type OwnerReference } from '@ksb/controller-runtime';
import { inOrdinalRange } from './statefulset-identity';
import type { ClaimObject, PodObject, SetObject } from './statefulset-types';

// persistentVolumeClaimRetentionPolicy (StatefulSetAutoDeletePVC, beta and on in 1.32): which owner references a
// member's claims carry so that the garbage collector deletes them with the set (whenDeleted: Delete) or with a
// scaled-down pod (whenScaled: Delete). Retain/Retain: no references.

interface Policy {
  whenDeleted: string;
  whenScaled: string;
}

const policyOf = (set: SetObject): Policy => ({
  whenDeleted: set.spec?.persistentVolumeClaimRetentionPolicy?.whenDeleted ?? 'Retain',
  whenScaled: set.spec?.persistentVolumeClaimRetentionPolicy?.whenScaled ?? 'Retain',
});

const retainsAll = (policy: Policy): boolean => policy.whenDeleted !== 'Delete' && policy.whenScaled !== 'Delete';

/** matchesRef: same apiVersion, kind and name (whatever the uid). */
const matchesRef = (ref: OwnerReference, apiVersion: string, kind: string, name: string | undefined): boolean =>
  ref.apiVersion === apiVersion && ref.kind === kind && ref.name === name;

const isSetRef = (ref: OwnerReference, set: SetObject) => matchesRef(ref, 'apps/v1', 'StatefulSet', set.metadata.name);
const isPodRef = (ref: OwnerReference, pod: PodObject) => matchesRef(ref, 'v1', 'Pod', pod.metadata.name);

const hasOwnerRef = (claim: ClaimObject, uid: string | undefined): boolean =>
  ownerReferencesOf(claim).some((ref) => ref.uid === uid);

/** A reference to an earlier incarnation of the set or the pod (same name, other uid). */
function hasStaleRef(claim: ClaimObject, set: SetObject, pod: PodObject): boolean {
  return ownerReferencesOf(claim).some(
    (ref) =>
      (isSetRef(ref, set) && ref.uid !== set.metadata.uid) || (isPodRef(ref, pod) && ref.uid !== pod.metadata.uid),
  );
}

/** Another controller owns the claim (only matters when something is to be deleted). */
function hasUnexpectedController(claim: ClaimObject, set: SetObject, pod: PodObject): boolean {
  if (retainsAll(policyOf(set))) return false;
  for (const ref of ownerReferencesOf(claim)) {
    if (isSetRef(ref, set)) {
      if (ref.uid !== set.metadata.uid) return true;
      continue;
    }
    if (isPodRef(ref, pod)) {
      if (ref.uid !== pod.metadata.uid) return true;
      continue;
    }
    if (ref.controller === true) return true;
  }
  return false;
}

const hasNonControllerOwner = (claim: ClaimObject, set: SetObject, pod: PodObject): boolean =>
  ownerReferencesOf(claim).some(
    (ref) => (ref.uid === set.metadata.uid || ref.uid === pod.metadata.uid) && ref.controller !== true,
  );

/** isClaimOwnerUpToDate: whether the claim's references already follow the policy (odd states are left alone). */
export function claimOwnersUpToDate(claim: ClaimObject, set: SetObject, pod: PodObject): boolean {
  if (hasStaleRef(claim, set, pod)) return true;
  if (hasUnexpectedController(claim, set, pod)) {
    return !(hasOwnerRef(claim, set.metadata.uid) || hasOwnerRef(claim, pod.metadata.uid));
  }
  if (hasNonControllerOwner(claim, set, pod)) return false;
  const { wantsSet, wantsPod } = wantedOwners(set, pod);
  return hasOwnerRef(claim, set.metadata.uid) === wantsSet && hasOwnerRef(claim, pod.metadata.uid) === wantsPod;
}

function wantedOwners(set: SetObject, pod: PodObject): { wantsSet: boolean; wantsPod: boolean } {
  const policy = policyOf(set);
  const scaledDown = !inOrdinalRange(pod, set);
  const deleteOnScale = policy.whenScaled === 'Delete';
  return {
    wantsSet: policy.whenDeleted === 'Delete' && !(deleteOnScale && scaledDown),
    wantsPod: deleteOnScale && scaledDown,
  };
}

/** updateClaimOwnerRefForSetAndPod: the claim with its set and pod references rewritten for the policy. */
export function withPolicyOwners(claim: ClaimObject, set: SetObject, pod: PodObject): ClaimObject {
  const unexpected = hasUnexpectedController(claim, set, pod);
  let refs = ownerReferencesOf(claim).filter((ref) => !isSetRef(ref, set) && !isPodRef(ref, pod));
  if (!unexpected) {
    const { wantsSet, wantsPod } = wantedOwners(set, pod);
    if (wantsPod) refs = [...refs, controllerRefTo(pod)];
    if (wantsSet) refs = [...refs, controllerRefTo(set)];
  }
  const { ownerReferences: _old, ...metadata } = claim.metadata;
  return { ...claim, metadata: refs.length ? { ...metadata, ownerReferences: refs } : metadata };
}

/** The references a new claim of an in-range member starts with (its pod has no uid yet). */
export function initialOwners(set: SetObject): OwnerReference[] {
  return policyOf(set).whenDeleted === 'Delete' ? [controllerRefTo(set)] : [];
}

/** PodClaimIsStale: with whenScaled Delete, a claim still owned by an earlier pod of the name blocks creation. */
export function claimIsStale(set: SetObject, claim: ClaimObject | undefined, podName: string): boolean {
  if (policyOf(set).whenScaled !== 'Delete' || !claim) return false;
  return ownerReferencesOf(claim).some((ref) => matchesRef(ref, 'v1', 'Pod', podName));
}
