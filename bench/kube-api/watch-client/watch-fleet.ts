import type { ClientRequest } from 'node:http';
import { Agent, request } from 'node:https';
import type { ConfigureCommand, WatchTarget } from './protocol';
import { epochMs, SENT_ANNOTATION, SEQ_ANNOTATION } from './protocol';

/** One event seen by one watcher. */
export interface Delivery {
  watcher: number;
  seq: number;
  sentMs: number;
  receivedMs: number;
}

const kubeWatchPath = (target: WatchTarget, resourceVersion: string): string =>
  `/clusters/${target.sandboxId}/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=${resourceVersion}`;

interface WatchEventLine {
  type?: string;
  object?: { message?: string; metadata?: { annotations?: Record<string, string> } };
}

/** The benchmark's annotations of a watch event, when it carries them. */
function stampOf(event: WatchEventLine): { seq: number; sentMs: number } | undefined {
  const annotations = event.object?.metadata?.annotations;
  const seq = Number(annotations?.[SEQ_ANNOTATION]);
  const sentMs = Number(annotations?.[SENT_ANNOTATION]);
  return Number.isFinite(seq) && Number.isFinite(sentMs) ? { seq, sentMs } : undefined;
}

/**
 * Many Kubernetes watches, each a streaming HTTPS response on its own connection, recording when each
 * event arrives (the moment its chunk is read, before parsing).
 */
export class WatchFleet {
  readonly deliveries: Delivery[] = [];
  /** Open watches per target: 0 until open() ran. */
  openPerTarget = 0;
  firstStreamError?: string;
  private readonly failedWatchers = new Set<number>();
  private readonly agent: Agent;
  private readonly requests: ClientRequest[] = [];
  private closing = false;

  constructor(readonly config: ConfigureCommand) {
    this.agent = new Agent({ keepAlive: true, ca: config.caPem });
  }

  /** Watches that ended or reported an ERROR. */
  get streamErrors(): number {
    return this.failedWatchers.size;
  }

  /** Opens `watchesPerSandbox` watches per target, `concurrency` at a time; resolves when all answered. */
  async open(
    concurrency: number,
    resourceVersions: string[],
  ): Promise<{ opened: number; failed: number; firstError?: string }> {
    const all = this.config.targets.flatMap((target, i) =>
      Array.from({ length: this.config.watchesPerSandbox }, () => ({ target, resourceVersion: resourceVersions[i] })),
    );
    this.openPerTarget = this.config.watchesPerSandbox;
    let next = 0;
    const outcome = { opened: 0, failed: 0, firstError: undefined as string | undefined };
    const lane = async (): Promise<void> => {
      for (let i = next++; i < all.length; i = next++) {
        try {
          await this.openOne(i, all[i].target, all[i].resourceVersion);
          outcome.opened++;
        } catch (error) {
          outcome.failed++;
          outcome.firstError ??= error instanceof Error ? error.message : String(error);
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, lane));
    return outcome;
  }

  /** Forgets what was delivered so far (after a warm-up). */
  reset(): void {
    this.deliveries.length = 0;
  }

  close(): void {
    this.closing = true;
    for (const req of this.requests) req.destroy();
    this.agent.destroy();
  }

  private openOne(watcher: number, target: WatchTarget, resourceVersion: string): Promise<void> {
    return new Promise((resolve, reject) => {
      let opened = false;
      const req = request(
        {
          host: this.config.host,
          port: this.config.port,
          path: kubeWatchPath(target, resourceVersion),
          agent: this.agent,
          headers: { Authorization: `Bearer ${target.token}`, Accept: 'application/json' },
        },
        (res) => {
          if (res.statusCode !== 200) {
            res.resume();
            reject(new Error(`watch ${target.sandboxId}: HTTP ${res.statusCode}`));
            return;
          }
          opened = true;
          let pending = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            const receivedMs = epochMs();
            const lines = (pending + chunk).split('\n');
            pending = lines.pop() ?? '';
            for (const line of lines) {
              if (!line) continue;
              const event = JSON.parse(line) as WatchEventLine;
              const stamp = stampOf(event);
              if (stamp) this.deliveries.push({ watcher, ...stamp, receivedMs });
              else if (event.type === 'ERROR')
                this.streamFailed(watcher, `ERROR event: ${event.object?.message ?? line}`);
            }
          });
          res.on('end', () => this.streamFailed(watcher, `watch ${target.sandboxId} ended`));
          res.on('error', (error) => this.streamFailed(watcher, error.message));
          resolve();
        },
      );
      req.on('error', (error) => (opened ? this.streamFailed(watcher, error.message) : reject(error)));
      req.end();
      this.requests.push(req);
    });
  }

  private streamFailed(watcher: number, message: string): void {
    if (this.closing) return;
    this.failedWatchers.add(watcher);
    this.firstStreamError ??= message;
  }
}
