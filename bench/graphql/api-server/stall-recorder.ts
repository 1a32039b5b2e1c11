import { performance, PerformanceObserver } from 'node:perf_hooks';
import type { Stalls } from '../../support/stalls';

const RESOLUTION_MS = 10;

const epochMs = (): number => performance.timeOrigin + performance.now();

/** Nearest-rank percentile of ascending values. */
const percentile = (sorted: number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1] : 0;

/**
 * Event-loop delay (how late a 10 ms timer fires) and GC pauses, each with the time it happened, so the
 * window can be cut when the measurement ended rather than when this process got to answer: an overloaded
 * API process answers only after its backlog, and what it does then is not part of the run.
 */
export class StallRecorder {
  /** [end of the delay, delay] in epoch ms. */
  private readonly delays: [number, number][] = [];
  private readonly gcs: [number, number][] = [];
  private timer?: NodeJS.Timeout;
  private observer?: PerformanceObserver;

  start(): void {
    let due = epochMs() + RESOLUTION_MS;
    const tick = () => {
      const now = epochMs();
      this.delays.push([now, Math.max(0, now - due)]);
      due = now + RESOLUTION_MS;
      this.timer = setTimeout(tick, RESOLUTION_MS);
    };
    this.timer = setTimeout(tick, RESOLUTION_MS);
    this.observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) this.gcs.push([performance.timeOrigin + entry.startTime, entry.duration]);
    });
    this.observer.observe({ entryTypes: ['gc'] });
  }

  /** Stops, and sums up what happened before `untilMs` (a delay running past it counts up to it). */
  stop(untilMs: number): Stalls {
    clearTimeout(this.timer);
    this.observer?.disconnect();
    const delays = this.delays
      .filter(([end, delay]) => end - delay < untilMs)
      .map(([end, delay]) => Math.min(end, untilMs) - (end - delay))
      .sort((a, b) => a - b);
    const gcs = this.gcs.filter(([at]) => at < untilMs).map(([, ms]) => ms);
    return {
      loopDelayP99Ms: percentile(delays, 99),
      loopDelayMaxMs: delays.length ? delays[delays.length - 1] : 0,
      gcCount: gcs.length,
      gcTotalMs: gcs.reduce((sum, ms) => sum + ms, 0),
      gcMaxMs: Math.max(0, ...gcs),
    };
  }
}
