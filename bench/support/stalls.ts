import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

/** What held this process's event loop up while some work ran: timers late, and garbage collections. */
export interface Stalls {
  /** How late a 10 ms timer fired, in ms (libuv loop delay). */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  gcCount: number;
  gcTotalMs: number;
  gcMaxMs: number;
}

/** Runs `work` while sampling event-loop delay and GC pauses of this process. */
export async function withStalls<T>(work: () => Promise<T>): Promise<{ result: T; stalls: Stalls }> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  const gc = { count: 0, totalMs: 0, maxMs: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.count++;
      gc.totalMs += entry.duration;
      gc.maxMs = Math.max(gc.maxMs, entry.duration);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  delay.enable();
  try {
    const result = await work();
    return {
      result,
      stalls: {
        loopDelayP99Ms: delay.percentile(99) / 1e6,
        loopDelayMaxMs: delay.max / 1e6,
        gcCount: gc.count,
        gcTotalMs: gc.totalMs,
        gcMaxMs: gc.maxMs,
      },
    };
  } finally {
    delay.disable();
    observer.disconnect();
  }
}
