import { resolveImage } from '@ksb/image-catalog';
import { createHash } from 'node:crypto';
import { fieldPathOf, goDuration, KUBELET_MESSAGES as M, type ContainerEvent } from '../messages/kubelet-messages';
import type { ContainerState } from '../model/container-state';
import { planPull } from '../image/pull-plan';
import { backOffMs } from '../timing/runtime-timings';
import type { ContainerContext } from './context';

/** A containerd-style container ID, stable for one pod, container and restart (replay finds it again). */
export const containerIdFor = (podUid: string, name: string, restartCount: number): string =>
  `containerd://${createHash('sha256').update(`${podUid}/${name}/${restartCount}`).digest('hex')}`;

export type Emit = (
  at: number,
  type: ContainerEvent['type'],
  reason: ContainerEvent['reason'],
  message: string,
) => void;

export const emitterFor = (state: ContainerState, events: ContainerEvent[]): Emit => {
  const fieldPath = fieldPathOf(state);
  return (at, type, reason, message) => events.push({ at, type, reason, message, fieldPath });
};

/** The image manager's decision at `at`: already present, pulling, or one of the waiting errors. */
export function beginStart(state: ContainerState, ctx: ContainerContext, at: number, emit: Emit): ContainerState {
  const { spec, timings } = ctx;
  const plan = planPull(spec.image, spec.imagePullPolicy, ctx.imagesOnNode, timings);
  switch (plan.kind) {
    case 'present':
      emit(at, 'Normal', 'Pulled', M.alreadyPresent(spec.image));
      return {
        ...state,
        resolvedImage: { name: plan.image.name, imageID: plan.image.imageID },
        stage: { kind: 'creating', until: at + timings.containerStartMs },
      };
    case 'pull':
    case 'fail':
      // A pull that will fail looks the same until it ends: Pulling now, the outcome when it is due.
      emit(at, 'Normal', 'Pulling', M.pulling(spec.image));
      return {
        ...state,
        stage: {
          kind: 'pulling',
          since: at,
          until: at + plan.durationMs,
          outcome:
            plan.kind === 'pull'
              ? { kind: 'pulled', name: plan.image.name, sizeBytes: plan.image.sizeBytes }
              : { kind: 'failed', error: plan.failure.error, event: plan.failure.event },
        },
      };
    case 'never':
      emit(at, 'Warning', 'ErrImageNeverPull', plan.message);
      emit(at, 'Warning', 'Failed', M.errorReason('ErrImageNeverPull'));
      return { ...state, stage: { kind: 'stuck', reason: 'ErrImageNeverPull', message: plan.message } };
    case 'invalid':
      emit(at, 'Warning', 'InspectFailed', plan.failure.event);
      emit(at, 'Warning', 'Failed', M.errorReason('InvalidImageName'));
      return { ...state, stage: { kind: 'stuck', reason: 'InvalidImageName', message: plan.failure.event } };
    default: {
      const _never: never = plan;
      throw new Error(`unknown pull plan ${JSON.stringify(_never)}`);
    }
  }
}

/** The pull ends: the image is on the node, or the failure starts the image pull back-off. */
export function finishPull(state: ContainerState, ctx: ContainerContext, emit: Emit, pulled: string[]): ContainerState {
  const stage = state.stage;
  if (stage.kind !== 'pulling') return state;
  const { timings, spec } = ctx;
  const at = stage.until;
  const outcome = stage.outcome;
  if (outcome.kind === 'failed') {
    emit(at, 'Warning', 'Failed', outcome.event);
    emit(at, 'Warning', 'Failed', M.errorReason('ErrImagePull'));
    const failures = state.pullFailures + 1;
    return {
      ...state,
      pullFailures: failures,
      stage: {
        kind: 'pull-failed',
        failedAt: at,
        backOffFrom: at + Math.min(timings.errorResyncMs, backOffMs(timings, failures)),
        retryAt: at + backOffMs(timings, failures),
        error: outcome.error,
        backOffShown: false,
      },
    };
  }
  const took = goDuration(at - stage.since);
  emit(at, 'Normal', 'Pulled', M.pulled(spec.image, took, outcome.sizeBytes));
  pulled.push(outcome.name);
  const lookup = resolveImage(spec.image);
  const imageID = lookup.kind === 'found' ? lookup.image.imageID : '';
  return {
    ...state,
    pullFailures: 0,
    resolvedImage: { name: outcome.name, imageID },
    stage: { kind: 'creating', until: at + timings.containerStartMs },
  };
}
