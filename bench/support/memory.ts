import { setImmediate as nextTurn } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** process.memoryUsage() in bytes, the parts a per-connection figure needs. */
export interface MemorySample {
  rss: number;
  heapUsed: number;
  /** Memory of C++ objects bound to JS ones (TLS and socket buffers among them), array buffers included. */
  external: number;
}

let collect: (() => void) | undefined;

/** A full collection; exposes gc() on first use when node was started without --expose-gc. */
function collectGarbage(): void {
  if (!collect) {
    const exposed = globalThis.gc;
    if (exposed) {
      collect = () => void exposed();
    } else {
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('gc');
      if (typeof gc !== 'function') throw new Error('cannot expose gc()');
      collect = gc as () => void;
    }
  }
  collect();
}

/** Memory after two full collections (the second one frees what finalizers of the first released). */
export async function settledMemory(): Promise<MemorySample> {
  for (let i = 0; i < 2; i++) {
    collectGarbage();
    await nextTurn();
  }
  const usage = process.memoryUsage();
  return { rss: usage.rss, heapUsed: usage.heapUsed, external: usage.external };
}

/** Growth from `before` to `after`, divided by `units`. */
export function memoryPer(before: MemorySample, after: MemorySample, units: number): MemorySample {
  const per = (a: number, b: number) => (units > 0 ? (b - a) / units : Number.NaN);
  return {
    rss: per(before.rss, after.rss),
    heapUsed: per(before.heapUsed, after.heapUsed),
    external: per(before.external, after.external),
  };
}
