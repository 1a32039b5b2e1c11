import type { JsonValue } from '../json-value';
import type { ListItem } from './list-items';
import type { PathElement } from './path-element';

export interface MergePair {
  element: PathElement;
  live?: JsonValue;
  applied?: JsonValue;
}

/**
 * The order upstream's merge gives a set or associative list: items only the live object has keep
 * their place, items both have follow the applied order, and new items come where the applied
 * configuration puts them. Live duplicates of an applied item collapse into it; other duplicates stay.
 */
export function mergeOrder(live: readonly ListItem[], applied: readonly ListItem[]): MergePair[] {
  const liveFirst = new Map<PathElement, JsonValue>();
  for (const item of live) if (!liveFirst.has(item.element)) liveFirst.set(item.element, item.value);
  const appliedByElement = new Map(applied.map((item) => [item.element, item.value]));
  const shared = applied.filter((item) => liveFirst.has(item.element)).map((item) => item.element);
  let sharedIndex = 0;
  const merged = new Set<PathElement>();
  const out: MergePair[] = [];
  const takeApplied = (element: PathElement) => {
    merged.add(element);
    out.push({ element, live: liveFirst.get(element), applied: appliedByElement.get(element) });
  };

  let l = 0;
  let r = 0;
  while (l < live.length || r < applied.length) {
    if (l < live.length && r < applied.length) {
      const element = live[l].element;
      if (element === applied[r].element) {
        takeApplied(element);
        l++;
        r++;
        sharedIndex++;
        continue;
      }
      // A shared item that the applied order places later: skip it here, it is merged in its turn.
      if (appliedByElement.has(element) && sharedIndex < shared.length && shared[sharedIndex] !== element) {
        l++;
        continue;
      }
    }
    if (l < live.length) {
      const { element, value } = live[l];
      if (!appliedByElement.has(element)) {
        out.push({ element, live: value });
        l++;
        continue;
      }
      if (merged.has(element)) {
        l++;
        continue;
      }
    }
    if (r < applied.length) {
      const element = applied[r].element;
      takeApplied(element);
      r++;
      if (sharedIndex < shared.length && shared[sharedIndex] === element) sharedIndex++;
    }
  }
  return out;
}
