import { controllerRefOf } from '@ksb/controller-runtime';
import type { KubeObject } from '@ksb/store';

/**
 * What a controller does with an object its selector may cover (BaseControllerRefManager.ClaimObject):
 * - owned: it controls it and the selector still matches;
 * - adopt: an orphan that matches (and neither side is being deleted): add a controller reference;
 * - release: it controls it but the selector no longer matches: remove its reference;
 * - ignore: someone else's, or not for it.
 */
export type Claim = 'owned' | 'adopt' | 'release' | 'ignore';

export function claimOf(owner: KubeObject, object: KubeObject, matches: boolean): Claim {
  const ownerDeleting = Boolean(owner.metadata.deletionTimestamp);
  const ref = controllerRefOf(object);
  if (ref) {
    if (ref.uid !== owner.metadata.uid) return 'ignore';
    if (matches) return 'owned';
    return ownerDeleting ? 'ignore' : 'release';
  }
  if (ownerDeleting || !matches || object.metadata.deletionTimestamp) return 'ignore';
  if (owner.metadata.namespace && owner.metadata.namespace !== object.metadata.namespace) return 'ignore';
  return 'adopt';
}
