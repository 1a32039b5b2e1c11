import { compareElements, FieldPath, PathElement } from './path-element';

const sorted = (elements: Iterable<PathElement>): PathElement[] => [...elements].sort(compareElements);

/**
 * A set of field paths, stored as upstream's fieldpath.Set: at each level the elements that are
 * members (owned themselves) and the children (paths continuing below). A path can be both, as a
 * container item is: `k:{"name":"web"}: {".": {}, "f:image": {}}`.
 */
export class FieldSet {
  private readonly members = new Set<PathElement>();
  private readonly children = new Map<PathElement, FieldSet>();

  static of(paths: Iterable<FieldPath>): FieldSet {
    const set = new FieldSet();
    for (const path of paths) set.insert(path);
    return set;
  }

  insert(path: FieldPath): void {
    if (path.length === 0) return;
    const [head, ...rest] = path;
    if (rest.length === 0) {
      this.members.add(head);
      return;
    }
    let child = this.children.get(head);
    if (!child) this.children.set(head, (child = new FieldSet()));
    child.insert(rest);
  }

  has(path: FieldPath): boolean {
    if (path.length === 0) return false;
    const [head, ...rest] = path;
    return rest.length === 0 ? this.members.has(head) : (this.children.get(head)?.has(rest) ?? false);
  }

  isEmpty(): boolean {
    return this.members.size === 0 && [...this.children.values()].every((child) => child.isEmpty());
  }

  /** The paths below one element, without it (upstream WithPrefix). */
  under(element: PathElement): FieldSet | undefined {
    return this.children.get(element);
  }

  hasMember(element: PathElement): boolean {
    return this.members.has(element);
  }

  /** Every element present at this level (member, child or both), in upstream order. */
  elements(): PathElement[] {
    return sorted(new Set([...this.members, ...this.children.keys()]));
  }

  /** The member paths, in upstream Iterate order: this level's members, then each child's, depth first. */
  paths(): FieldPath[] {
    const own = sorted(this.members).map((element) => [element]);
    const below = sorted(this.children.keys()).flatMap((element) =>
      (this.children.get(element) as FieldSet).paths().map((path) => [element, ...path]),
    );
    return [...own, ...below];
  }

  union(other: FieldSet): FieldSet {
    return this.combine(other, (a, b) => a || b, 'union');
  }

  intersection(other: FieldSet): FieldSet {
    return this.combine(other, (a, b) => a && b, 'intersection');
  }

  /** Membership difference, level by level (upstream Difference: owning `.spec` does not remove `.spec.replicas`). */
  difference(other: FieldSet): FieldSet {
    return this.combine(other, (a, b) => a && !b, 'difference');
  }

  /** Removes whole subtrees: nothing at or below any of the given paths remains. */
  withoutSubtrees(paths: readonly FieldPath[]): FieldSet {
    const result = this.union(new FieldSet());
    for (const path of paths) result.dropSubtree(path);
    return result.pruned();
  }

  /**
   * Upstream EnsureNamedFieldsAreMembers: an object field with owned fields below counts as owned
   * itself, so pruning keeps (or drops) it as a whole. Simplified: every `f:` child is treated as a
   * struct field (upstream exempts map keys such as label names, which only matters for maps of objects).
   */
  withFieldsAsMembers(): FieldSet {
    const result = new FieldSet();
    for (const element of this.members) result.members.add(element);
    for (const [element, child] of this.children) {
      const inner = child.withFieldsAsMembers();
      if (inner.isEmpty()) continue;
      result.children.set(element, inner);
      if (element.startsWith('f:')) result.members.add(element);
    }
    return result;
  }

  equals(other: FieldSet): boolean {
    return this.difference(other).isEmpty() && other.difference(this).isEmpty();
  }

  private dropSubtree(path: FieldPath): void {
    const [head, ...rest] = path;
    if (head === undefined) return;
    if (rest.length === 0) {
      this.members.delete(head);
      this.children.delete(head);
      return;
    }
    this.children.get(head)?.dropSubtree(rest);
  }

  private pruned(): FieldSet {
    for (const [element, child] of [...this.children]) {
      child.pruned();
      if (child.isEmpty()) this.children.delete(element);
    }
    return this;
  }

  private combine(
    other: FieldSet,
    keep: (inThis: boolean, inOther: boolean) => boolean,
    mode: 'union' | 'intersection' | 'difference',
  ): FieldSet {
    const result = new FieldSet();
    for (const element of new Set([...this.members, ...other.members])) {
      if (keep(this.members.has(element), other.members.has(element))) result.members.add(element);
    }
    for (const element of new Set([...this.children.keys(), ...other.children.keys()])) {
      const [mine, theirs] = [this.children.get(element), other.children.get(element)];
      let child: FieldSet | undefined;
      if (mine && theirs) child = mine.combine(theirs, keep, mode);
      else if (mode === 'union' || (mode === 'difference' && mine)) child = (mine ?? theirs)?.union(new FieldSet());
      if (child && !child.isEmpty()) result.children.set(element, child);
    }
    return result;
  }
}
