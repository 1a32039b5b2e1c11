import type { Node } from 'kubernetes-types/core/v1';

const LIMIT = 50_000;

/**
 * The images each simulated node holds, as its container runtime knows them: what node.status.images
 * reports plus what was pulled since the last node status report. Pulls are reported with the periodic
 * node status (not one node write per pull), as the kubelet does; a restarted worker falls back to the
 * reported list.
 */
export class NodeImageCache {
  private readonly pulled = new Map<string, Set<string>>();

  present(sandboxId: string, node: Node): Set<string> {
    const names = new Set((node.status?.images ?? []).flatMap((image) => image.names ?? []));
    for (const name of this.pulled.get(this.key(sandboxId, node)) ?? []) names.add(name);
    return names;
  }

  add(sandboxId: string, nodeName: string, image: string): void {
    if (this.pulled.size >= LIMIT) this.pulled.clear();
    const key = `${sandboxId}/${nodeName}`;
    this.pulled.set(key, (this.pulled.get(key) ?? new Set<string>()).add(image));
  }

  /** Pulled images the node's status does not list yet; forgotten once handed out for reporting. */
  takeUnreported(sandboxId: string, node: Node): string[] {
    const key = this.key(sandboxId, node);
    const reported = new Set((node.status?.images ?? []).flatMap((image) => image.names ?? []));
    const unreported = [...(this.pulled.get(key) ?? [])].filter((name) => !reported.has(name));
    this.pulled.delete(key);
    return unreported;
  }

  private key(sandboxId: string, node: Node): string {
    return `${sandboxId}/${node.metadata?.name ?? ''}`;
  }
}
