import { kubeTime } from '@ksb/controller-runtime';
import type { KubeObject } from '@ksb/store';
import { hostnameOf } from './node-affinity';
import { provisionedVolume, provisioningRefusal, volumeNameFor } from './simulated-provisioner';
import { claimClass, defaultClass, delaysBinding, wantsDefaultClass } from './storage-classes';
import { Drafts, namespacedKey } from './volume-drafts';
import { findBestMatch, isBoundTo, volumeMismatch } from './volume-matching';
import {
  ANN_BETA_STORAGE_PROVISIONER,
  ANN_BIND_COMPLETED,
  ANN_BOUND_BY_CONTROLLER,
  ANN_PROVISIONED_BY,
  ANN_SELECTED_NODE,
  ANN_STORAGE_PROVISIONER,
  NO_PROVISIONER,
  PV_PROTECTION,
  PVC_PROTECTION,
  setStatus,
  type ClaimObject,
  type ClassObject,
  type NodeObject,
  type PodObject,
  type VolumeObject,
} from './volume-types';

// The persistent volume controller (pv_controller.go syncClaim/syncVolume), the PVC and PV protection controllers,
// and the simulated external provisioner, as one pure pass over a sandbox's claims and volumes. Each pass takes
// the next step of every claim; the writes it causes trigger the next pass.

export const CONTROLLER = 'persistentvolume-controller';

export interface BinderInput {
  claims: readonly ClaimObject[];
  volumes: readonly VolumeObject[];
  classes: readonly ClassObject[];
  pods: readonly PodObject[];
  nodes: readonly NodeObject[];
  now: Date;
}

export interface VolumeEvent {
  /** The claim reported about. */
  involved: KubeObject;
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  /** persistentvolume-controller, or the provisioner's name. */
  component: string;
  /**
   * A state the controller observes again on every sync (waiting for a consumer, no class...): upstream repeats the
   * event (its count grows); here it is recorded once per object and reason.
   */
  once?: boolean;
}

export interface BinderPlan {
  createVolumes: VolumeObject[];
  /** Changed claims; those being deleted whose last finalizer went are to be removed. */
  updateClaims: ClaimObject[];
  updateVolumes: VolumeObject[];
  events: VolumeEvent[];
}

export const EXTERNAL_PROVISIONING = (provisioner: string): string =>
  `Waiting for a volume to be created either by the external provisioner '${provisioner}' or manually by the ` +
  'system administrator. If volume creation is delayed, please verify that the provisioner is running and ' +
  'correctly registered.';

const hasFinalizer = (object: KubeObject, finalizer: string): boolean =>
  object.metadata.finalizers?.includes(finalizer) ?? false;

const annotate = (object: KubeObject, key: string, value: string): void => {
  object.metadata.annotations = { ...object.metadata.annotations, [key]: value };
};

/** A pod mounting the claim (by name, in its namespace). */
export const podUsesClaim = (pod: PodObject, claim: ClaimObject): boolean =>
  pod.metadata.namespace === claim.metadata.namespace &&
  (pod.spec?.volumes ?? []).some((volume) => volume.persistentVolumeClaim?.claimName === claim.metadata.name);

const created = (object: KubeObject): number => Date.parse(object.metadata.creationTimestamp ?? '') || 0;

export function planBinding(input: BinderInput): BinderPlan {
  return new BinderSync(input).run();
}

interface ConsumerNode {
  name: string;
  node: NodeObject;
  /** Known from a scheduled pod rather than from the scheduler's selected-node annotation. */
  fromPod: boolean;
}

class BinderSync {
  private readonly claims = new Drafts<ClaimObject>(namespacedKey);
  private readonly volumes = new Drafts<VolumeObject>((volume) => volume.metadata.name ?? '');
  private readonly created: VolumeObject[] = [];
  private readonly events: VolumeEvent[] = [];
  private readonly classes: Map<string, ClassObject>;
  private readonly volumesByName: Map<string, VolumeObject>;
  private readonly claimsByKey: Map<string, ClaimObject>;
  private readonly nodes: Map<string, NodeObject>;

  constructor(private readonly input: BinderInput) {
    this.classes = new Map(input.classes.map((storageClass) => [storageClass.metadata.name ?? '', storageClass]));
    this.volumesByName = new Map(input.volumes.map((volume) => [volume.metadata.name ?? '', volume]));
    this.claimsByKey = new Map(input.claims.map((claim) => [namespacedKey(claim), claim]));
    this.nodes = new Map(input.nodes.map((node) => [node.metadata.name ?? '', node]));
  }

  run(): BinderPlan {
    const claims = [...this.input.claims].sort(
      (a, b) => created(a) - created(b) || namespacedKey(a).localeCompare(namespacedKey(b)),
    );
    for (const claim of claims) this.syncClaim(claim);
    for (const volume of this.input.volumes) this.syncVolume(volume);
    return {
      createVolumes: this.created,
      updateClaims: this.claims.changed(),
      updateVolumes: this.volumes.changed(),
      events: this.events,
    };
  }

  // ---- claims ----

  private syncClaim(claim: ClaimObject): void {
    if (claim.metadata.deletionTimestamp) {
      this.releaseClaimProtection(claim);
      return;
    }
    if (!hasFinalizer(claim, PVC_PROTECTION)) {
      const draft = this.claims.edit(claim);
      draft.metadata.finalizers = [...(draft.metadata.finalizers ?? []), PVC_PROTECTION];
    }
    if (claim.metadata.annotations?.[ANN_BIND_COMPLETED] === undefined) this.syncUnboundClaim(claim);
    else this.syncBoundClaim(claim);
  }

  /** PVC protection: a claim being deleted goes once no scheduled pod mounts it. */
  private releaseClaimProtection(claim: ClaimObject): void {
    if (!hasFinalizer(claim, PVC_PROTECTION)) return;
    const inUse = this.input.pods.some((pod) => Boolean(pod.spec?.nodeName) && podUsesClaim(pod, claim));
    if (inUse) return;
    const draft = this.claims.edit(claim);
    draft.metadata.finalizers = (draft.metadata.finalizers ?? []).filter((finalizer) => finalizer !== PVC_PROTECTION);
  }

  private syncUnboundClaim(claim: ClaimObject): void {
    const current = this.claims.current(claim);
    const volumeName = current.spec?.volumeName;
    if (volumeName) {
      this.syncClaimNamingVolume(claim, volumeName);
      return;
    }
    if (wantsDefaultClass(current)) {
      const fallback = defaultClass(this.input.classes);
      if (fallback) {
        // RetroactiveDefaultStorageClass: the default class is written into the claim; the next sync goes on.
        this.claims.edit(claim).spec = { ...current.spec, storageClassName: fallback.metadata.name };
        return;
      }
    }
    const className = claimClass(current);
    const storageClass = this.classes.get(className);
    const delayBinding = delaysBinding(storageClass);
    const consumer = delayBinding ? this.consumerNode(current) : undefined;
    const volumes = this.input.volumes.map((volume) => this.volumes.current(volume));
    const volume = findBestMatch(current, volumes, { delayBinding, node: consumer?.node });
    if (volume) {
      this.bind(volume, claim);
      return;
    }
    this.setClaimPhase(claim, 'Pending');
    if (delayBinding && !consumer) {
      this.report(claim, 'Normal', 'WaitForFirstConsumer', 'waiting for first consumer to be created before binding');
    } else if (className) {
      this.provision(claim, className, storageClass, consumer);
    } else {
      this.report(
        claim,
        'Normal',
        'FailedBinding',
        'no persistent volumes available for this claim and no storage class is set',
      );
    }
  }

  /** A claim whose spec.volumeName the user set: it binds to that volume only. */
  private syncClaimNamingVolume(claim: ClaimObject, volumeName: string): void {
    const found = this.volumesByName.get(volumeName);
    if (!found) {
      this.setClaimPhase(claim, 'Pending');
      return;
    }
    const volume = this.volumes.current(found);
    const current = this.claims.current(claim);
    if (!volume.spec?.claimRef) {
      const mismatch = volumeMismatch(volume, current);
      if (!mismatch) {
        this.bind(found, claim);
        return;
      }
      this.setClaimPhase(claim, 'Pending');
      this.report(claim, 'Warning', 'VolumeMismatch', `Cannot bind to requested volume "${volumeName}": ${mismatch}`);
      return;
    }
    if (isBoundTo(volume, current)) {
      this.bind(found, claim);
      return;
    }
    this.setClaimPhase(claim, 'Pending');
    if (current.metadata.annotations?.[ANN_BOUND_BY_CONTROLLER] === undefined) {
      this.report(claim, 'Warning', 'FailedBinding', `volume "${volumeName}" already bound to a different claim.`);
    }
  }

  private syncBoundClaim(claim: ClaimObject): void {
    const current = this.claims.current(claim);
    const volumeName = current.spec?.volumeName;
    if (!volumeName) {
      this.lose(claim, 'ClaimLost', 'Bound claim has lost reference to PersistentVolume. Data on the volume is lost!');
      return;
    }
    const found = this.volumesByName.get(volumeName);
    if (!found) {
      this.lose(claim, 'ClaimLost', 'Bound claim has lost its PersistentVolume. Data on the volume is lost!');
      return;
    }
    const ref = this.volumes.current(found).spec?.claimRef;
    if (!ref || ref.uid === claim.metadata.uid) this.bind(found, claim);
    else this.lose(claim, 'ClaimMisbound', 'Two claims are bound to the same volume, this one is bound incorrectly');
  }

  /** The node of the claim's first consumer: the scheduler's selected node, else a scheduled pod's node. */
  private consumerNode(claim: ClaimObject): ConsumerNode | undefined {
    const selected = claim.metadata.annotations?.[ANN_SELECTED_NODE];
    if (selected) return { name: selected, node: this.nodeNamed(selected), fromPod: false };
    const pod = this.input.pods.find(
      (candidate) =>
        Boolean(candidate.spec?.nodeName) &&
        !candidate.metadata.deletionTimestamp &&
        candidate.status?.phase !== 'Succeeded' &&
        candidate.status?.phase !== 'Failed' &&
        podUsesClaim(candidate, claim),
    );
    const name = pod?.spec?.nodeName;
    return name ? { name, node: this.nodeNamed(name), fromPod: true } : undefined;
  }

  private nodeNamed(name: string): NodeObject {
    return this.nodes.get(name) ?? { apiVersion: 'v1', kind: 'Node', metadata: { name } };
  }

  /**
   * provisionClaim: the class's provisioner is external, so the controller marks the claim for it and says it
   * waits; then the simulated provisioner creates the volume, pre-bound to the claim, which the next pass binds.
   */
  private provision(
    claim: ClaimObject,
    className: string,
    storageClass: ClassObject | undefined,
    consumer: ConsumerNode | undefined,
  ): void {
    if (!storageClass) {
      this.report(claim, 'Warning', 'ProvisioningFailed', `storageclass.storage.k8s.io "${className}" not found`);
      return;
    }
    const provisioner = storageClass.provisioner;
    const current = this.claims.current(claim);
    const annotations = current.metadata.annotations ?? {};
    if (
      annotations[ANN_STORAGE_PROVISIONER] !== provisioner ||
      annotations[ANN_BETA_STORAGE_PROVISIONER] !== provisioner
    ) {
      const draft = this.claims.edit(claim);
      if (consumer?.fromPod) annotate(draft, ANN_SELECTED_NODE, consumer.name);
      annotate(draft, ANN_BETA_STORAGE_PROVISIONER, provisioner);
      annotate(draft, ANN_STORAGE_PROVISIONER, provisioner);
      this.event(claim, 'Normal', 'ExternalProvisioning', EXTERNAL_PROVISIONING(provisioner), CONTROLLER);
    }
    if (provisioner === NO_PROVISIONER || this.volumesByName.has(volumeNameFor(claim))) return;
    const starting = `External provisioner is provisioning volume for claim "${claim.metadata.namespace ?? ''}/${claim.metadata.name ?? ''}"`;
    const refusal = provisioningRefusal(current, storageClass);
    if (refusal) {
      this.event(claim, 'Normal', 'Provisioning', starting, provisioner, true);
      this.event(claim, 'Warning', 'ProvisioningFailed', refusal, provisioner, true);
      return;
    }
    const hostname = consumer ? hostnameOf(consumer.node, consumer.name) : undefined;
    const volume = provisionedVolume(current, storageClass, hostname);
    this.created.push(volume);
    this.event(claim, 'Normal', 'Provisioning', starting, provisioner);
    this.event(
      claim,
      'Normal',
      'ProvisioningSucceeded',
      `Successfully provisioned volume ${volume.metadata.name ?? ''}`,
      provisioner,
    );
  }

  /** bind: the volume's claimRef and phase, the claim's volumeName, annotations and status. */
  private bind(volume: VolumeObject, claim: ClaimObject): void {
    const claimNow = this.claims.current(claim);
    const volumeDraft = this.volumes.edit(volume);
    const ref = volumeDraft.spec?.claimRef;
    const alreadyBound = isBoundTo(volumeDraft, claimNow);
    if (
      !ref ||
      ref.name !== claim.metadata.name ||
      ref.namespace !== claim.metadata.namespace ||
      ref.uid !== claim.metadata.uid
    ) {
      volumeDraft.spec = {
        ...volumeDraft.spec,
        claimRef: {
          apiVersion: 'v1',
          kind: 'PersistentVolumeClaim',
          name: claim.metadata.name,
          namespace: claim.metadata.namespace,
          resourceVersion: claim.metadata.resourceVersion,
          uid: claim.metadata.uid,
        },
      };
    }
    if (!alreadyBound && volumeDraft.metadata.annotations?.[ANN_BOUND_BY_CONTROLLER] === undefined) {
      annotate(volumeDraft, ANN_BOUND_BY_CONTROLLER, 'yes');
    }
    this.setVolumePhase(volumeDraft, 'Bound');

    const claimDraft = this.claims.edit(claim);
    const volumeName = volume.metadata.name ?? '';
    if (claimDraft.spec?.volumeName !== volumeName) {
      const unset = !claimDraft.spec?.volumeName;
      claimDraft.spec = { ...claimDraft.spec, volumeName };
      if (unset && claimDraft.metadata.annotations?.[ANN_BOUND_BY_CONTROLLER] === undefined) {
        annotate(claimDraft, ANN_BOUND_BY_CONTROLLER, 'yes');
      }
    }
    if (claimDraft.metadata.annotations?.[ANN_BIND_COMPLETED] === undefined) {
      annotate(claimDraft, ANN_BIND_COMPLETED, 'yes');
    }
    const storage = volumeDraft.spec?.capacity?.storage;
    setStatus(claimDraft, {
      ...claimDraft.status,
      phase: 'Bound',
      ...(volumeDraft.spec?.accessModes ? { accessModes: [...volumeDraft.spec.accessModes] } : {}),
      ...(storage !== undefined ? { capacity: { ...claimDraft.status?.capacity, storage } } : {}),
    });
  }

  private setClaimPhase(claim: ClaimObject, phase: string): void {
    if (this.claims.current(claim).status?.phase === phase) return;
    const draft = this.claims.edit(claim);
    setStatus(draft, { ...draft.status, phase });
  }

  /** updateClaimStatusWithEvent: Lost is terminal and reported once, when the claim enters it. */
  private lose(claim: ClaimObject, reason: string, message: string): void {
    if (this.claims.current(claim).status?.phase === 'Lost') return;
    this.setClaimPhase(claim, 'Lost');
    this.event(claim, 'Warning', reason, message, CONTROLLER);
  }

  // ---- volumes ----

  private syncVolume(volume: VolumeObject): void {
    const current = this.volumes.current(volume);
    if (current.metadata.deletionTimestamp) {
      // PV protection: a volume being deleted goes once no claim is bound to it.
      if (hasFinalizer(current, PV_PROTECTION) && current.status?.phase !== 'Bound') {
        const draft = this.volumes.edit(volume);
        draft.metadata.finalizers = (draft.metadata.finalizers ?? []).filter(
          (finalizer) => finalizer !== PV_PROTECTION,
        );
      }
      return;
    }
    if (!hasFinalizer(current, PV_PROTECTION)) {
      const draft = this.volumes.edit(volume);
      draft.metadata.finalizers = [...(draft.metadata.finalizers ?? []), PV_PROTECTION];
    }
    const ref = current.spec?.claimRef;
    if (!ref || !ref.uid) {
      // Unclaimed, or pre-bound by the user to a claim that is still to come.
      this.setVolumePhase(this.volumes.edit(volume), 'Available');
      return;
    }
    const found = this.claimsByKey.get(`${ref.namespace ?? ''}/${ref.name ?? ''}`);
    const claim = found && found.metadata.uid === ref.uid ? this.claims.current(found) : undefined;
    if (!claim) {
      // The claim is gone: the volume is released and its reclaim policy applies.
      this.release(volume);
      return;
    }
    const claimVolume = claim.spec?.volumeName;
    if (!claimVolume) return; // The claim's sync completes the binding.
    if (claimVolume === current.metadata.name) {
      this.setVolumePhase(this.volumes.edit(volume), 'Bound');
      return;
    }
    // The claim was bound to another volume.
    const provisioned = current.metadata.annotations?.[ANN_PROVISIONED_BY] !== undefined;
    if (provisioned && current.spec?.persistentVolumeReclaimPolicy === 'Delete') {
      this.release(volume);
      return;
    }
    const draft = this.volumes.edit(volume);
    if (draft.metadata.annotations?.[ANN_BOUND_BY_CONTROLLER] !== undefined) {
      const { [ANN_BOUND_BY_CONTROLLER]: _bound, ...annotations } = draft.metadata.annotations;
      draft.metadata.annotations = annotations;
      const { claimRef: _ref, ...spec } = draft.spec ?? {};
      draft.spec = spec;
    } else if (draft.spec?.claimRef) {
      const { uid: _uid, ...claimRef } = draft.spec.claimRef;
      draft.spec = { ...draft.spec, claimRef };
    }
    this.setVolumePhase(draft, 'Available');
  }

  /** Released, then the reclaim policy: Delete removes the volume, Retain (and Recycle) keep it. */
  private release(volume: VolumeObject): void {
    const draft = this.volumes.edit(volume);
    const phase = draft.status?.phase;
    if (phase !== 'Released' && phase !== 'Failed') this.setVolumePhase(draft, 'Released');
    if (draft.spec?.persistentVolumeReclaimPolicy !== 'Delete' || draft.metadata.deletionTimestamp) return;
    draft.metadata.deletionTimestamp = kubeTime(this.input.now);
    draft.metadata.deletionGracePeriodSeconds = 0;
  }

  private setVolumePhase(draft: VolumeObject, phase: string): void {
    if (draft.status?.phase === phase) return;
    const { message: _message, ...status } = draft.status ?? {};
    setStatus(draft, { ...status, phase, lastPhaseTransitionTime: kubeTime(this.input.now) });
  }

  // ---- events ----

  private report(claim: ClaimObject, type: 'Normal' | 'Warning', reason: string, message: string): void {
    this.event(claim, type, reason, message, CONTROLLER, true);
  }

  private event(
    claim: ClaimObject,
    type: 'Normal' | 'Warning',
    reason: string,
    message: string,
    component: string,
    once = false,
  ): void {
    this.events.push({ involved: claim, type, reason, message, component, ...(once ? { once } : {}) });
  }
}
