import type { ChangeEvent, KubeObject, Watch } from '@ksb/store';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';

export interface WatchEventOut {
  type: WatchEventType;
  object: unknown;
}

export interface WatchStreamOptions {
  /** Objects to announce first as ADDED (a watch from resourceVersion 0 or none starts with the state). */
  initial?: KubeObject[];
  watch: Watch;
  /** How each object travels: itself, or as a one-row Table for `kubectl get -w`. */
  render(object: KubeObject, type: WatchEventType): unknown;
  /** A BOOKMARK carrying only a resourceVersion, for clients that asked for bookmarks. */
  bookmark?(resourceVersion: string): unknown;
  /** Turns a failure (e.g. EXPIRED after compaction) into the Status an ERROR event carries. */
  status(error: unknown): unknown;
}

/**
 * The events of one Kubernetes watch, in order: the initial state (if any), then every change. Ends when
 * the store watch ends; a failure becomes a final ERROR event, as the API server sends "410 Expired".
 */
export async function* kubeWatchEvents(options: WatchStreamOptions): AsyncGenerator<WatchEventOut> {
  for (const object of options.initial ?? []) yield { type: 'ADDED', object: options.render(object, 'ADDED') };
  try {
    for await (const change of options.watch) yield toEvent(change, options);
  } catch (error) {
    yield { type: 'ERROR', object: options.status(error) };
  }
}

function toEvent(change: ChangeEvent, options: WatchStreamOptions): WatchEventOut {
  return { type: change.type, object: options.render(change.object, change.type) };
}
