import type { KubeObject } from '@ksb/store';
import { goJson } from '../statefulset/revision-hash';

/**
 * Copies of objects a sync changes, so several decisions about one object (a finalizer, then a binding) make one
 * write. Reads go through `current` to see this sync's own changes.
 */
export class Drafts<T extends KubeObject> {
  private readonly drafts = new Map<string, T>();
  private readonly originals = new Map<string, T>();

  constructor(private readonly keyOf: (object: T) => string) {}

  /** The object as this sync left it so far. */
  current(object: T): T {
    return this.drafts.get(this.keyOf(object)) ?? object;
  }

  /** A mutable copy of the object, registered as changed. */
  edit(object: T): T {
    const key = this.keyOf(object);
    const existing = this.drafts.get(key);
    if (existing) return existing;
    const copy = structuredClone(object);
    this.originals.set(key, object);
    this.drafts.set(key, copy);
    return copy;
  }

  /** The drafts that really differ from what was read. */
  changed(): T[] {
    return [...this.drafts.entries()]
      .filter(([key, draft]) => goJson(draft) !== goJson(this.originals.get(key)))
      .map(([, draft]) => draft);
  }
}

export const namespacedKey = (object: KubeObject): string =>
  `${object.metadata.namespace ?? ''}/${object.metadata.name ?? ''}`;
