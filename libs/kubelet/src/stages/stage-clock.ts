const LIMIT = 100_000;

/**
 * When this worker saw each pod enter its current state, in milliseconds (the API's timestamps have
 * second precision, too coarse for the fast profile). Like a kubelet's in-memory state: lost on restart,
 * when the pod's recorded times take over (see recordedEntry).
 */
export class StageClock {
  private readonly entered = new Map<string, number>();

  get(uid: string, state: string): number | undefined {
    return this.entered.get(`${uid}/${state}`);
  }

  set(uid: string, state: string, at: number): void {
    if (this.entered.size >= LIMIT) this.entered.clear();
    this.entered.set(`${uid}/${state}`, at);
  }

  /** Remembers the first sighting only. */
  seen(uid: string, state: string, at: number): number {
    const known = this.get(uid, state);
    if (known !== undefined) return known;
    this.set(uid, state, at);
    return at;
  }

  forget(uid: string): void {
    for (const key of this.entered.keys()) if (key.startsWith(`${uid}/`)) this.entered.delete(key);
  }
}
