import { ProcessRunner, type ProcessLaunch } from './runner';

const LIMIT = 100_000;

/**
 * The live processes of a worker's containers, by containerID. In memory only, like a container runtime's
 * own state: after a worker restart a missing runner is rebuilt from its launch data and replays up to
 * the present (ProcessRunner explains why that is deterministic).
 */
export class ProcessTable {
  private readonly runners = new Map<string, ProcessRunner>();

  get(containerID: string): ProcessRunner | undefined {
    return this.runners.get(containerID);
  }

  /** The container's runner, starting (or replaying) it from `launch` when this worker has none. */
  ensure(containerID: string, launch: () => ProcessLaunch): ProcessRunner {
    const known = this.runners.get(containerID);
    if (known) return known;
    if (this.runners.size >= LIMIT) this.runners.clear();
    const runner = new ProcessRunner(launch());
    this.runners.set(containerID, runner);
    return runner;
  }

  remove(containerID: string): void {
    this.runners.delete(containerID);
  }

  get size(): number {
    return this.runners.size;
  }
}
