import { defaultPullPolicy, pullFailure, resolveImage, type PullFailure, type ResolvedImage } from '@ksb/image-catalog';
import type { PullPolicy } from '../model/container-state';
import { pullDurationMs, type RuntimeTimings } from '../timing/runtime-timings';

/**
 * What the kubelet's image manager does for one container start, decided up front:
 * - present: the node has it and the policy allows using it (no pull, "already present");
 * - pull: pull for `durationMs` (the catalog's size over the profile's bandwidth; a policy-Always check of
 *   a cached image only costs the manifest round trip);
 * - never: policy Never and absent (ErrImageNeverPull, waits until the image appears: never, here);
 * - invalid: a malformed reference (InvalidImageName, no pull at all);
 * - fail: the registry has no such repository or tag; the pull fails after `durationMs`.
 */
export type PullPlan =
  | { kind: 'present'; image: ResolvedImage }
  | { kind: 'pull'; image: ResolvedImage; durationMs: number }
  | { kind: 'never'; message: string }
  | { kind: 'invalid'; failure: PullFailure }
  | { kind: 'fail'; failure: PullFailure; durationMs: number };

export function planPull(
  given: string,
  policy: PullPolicy | undefined,
  onNode: ReadonlySet<string>,
  timings: RuntimeTimings,
): PullPlan {
  const effective = policy ?? defaultPullPolicy(given);
  const lookup = resolveImage(given);
  if (lookup.kind === 'invalid') return { kind: 'invalid', failure: pullFailure(lookup) };
  const name = lookup.kind === 'found' ? lookup.image.name : lookup.reference.name;
  const present = onNode.has(name);
  switch (effective) {
    case 'Never':
      if (present && lookup.kind === 'found') return { kind: 'present', image: lookup.image };
      return { kind: 'never', message: `Container image "${given}" is not present with pull policy of Never` };
    case 'IfNotPresent':
      if (present && lookup.kind === 'found') return { kind: 'present', image: lookup.image };
      break;
    case 'Always':
      break;
    default: {
      const _never: never = effective;
      throw new Error(`unknown pull policy ${String(_never)}`);
    }
  }
  if (lookup.kind === 'not-found') {
    return { kind: 'fail', failure: pullFailure(lookup), durationMs: timings.pullFailureMs };
  }
  const durationMs = present ? timings.pullCachedMs : pullDurationMs(timings, lookup.image.sizeBytes);
  return { kind: 'pull', image: lookup.image, durationMs };
}
