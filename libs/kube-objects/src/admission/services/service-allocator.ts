import { Injectable } from '@nestjs/common';
import type { KubeObject, StoredObject, WriteOp } from '@ksb/store';
import { StoreService } from '@ksb/store';
import {
  claimOp,
  CLUSTER_IP_MARKERS,
  type MarkerOwner,
  type MarkerResource,
  type Markers,
  NODE_PORT_MARKERS,
  releaseOp,
} from '../allocation/allocation-markers';
import { SERVICE_RANGES } from '../allocation/service-ranges';
import { type Allocation, allocateService, type Taken } from './service-allocation';
import { clusterIPsHeld, nodePortsHeld, readSpec, specOf } from './service-spec';

/**
 * Allocates cluster IPs and node ports for Service writes from what the sandbox's Services hold (read
 * from the store, so every API process agrees), returning marker writes to commit atomically with the
 * Service: a concurrent write that picked the same value fails its commit and allocates again.
 */
@Injectable()
export class ServiceAllocator {
  /** Math.random unless a test needs collisions. */
  random: () => number = Math.random;

  constructor(private readonly store: StoreService) {}

  /**
   * Fills the allocated fields of `service` (old: the stored object on update) and returns the marker
   * writes to commit with it. Throws AllocationError.
   */
  async allocate(sandboxId: string, service: KubeObject, old: KubeObject | undefined): Promise<WriteOp[]> {
    // Markers first, Services second: a value claimed in between shows up as held by its Service, and
    // one released in between has a marker whose revision the commit checks.
    const [ips, ports] = await Promise.all([
      this.markers(sandboxId, CLUSTER_IP_MARKERS),
      this.markers(sandboxId, NODE_PORT_MARKERS),
    ]);
    const owner = ownerOf(service);
    const taken = await this.takenByOthers(sandboxId, owner);
    const allocation = allocateService(
      specOf(service),
      old ? readSpec(old) : undefined,
      taken,
      SERVICE_RANGES,
      this.random,
    );
    return planOps(allocation, owner, ips, ports);
  }

  /** The marker writes that free everything a removed Service held. */
  async releaseAll(sandboxId: string, service: KubeObject): Promise<WriteOp[]> {
    const spec = readSpec(service);
    const [ips, ports] = await Promise.all([
      this.markers(sandboxId, CLUSTER_IP_MARKERS),
      this.markers(sandboxId, NODE_PORT_MARKERS),
    ]);
    const released: Allocation = {
      claimed: { ips: [], ports: [] },
      released: { ips: clusterIPsHeld(spec), ports: nodePortsHeld(spec) },
    };
    return planOps(released, ownerOf(service), ips, ports);
  }

  private async markers(sandboxId: string, resource: MarkerResource): Promise<Markers> {
    const { items } = await this.store.list({ sandboxId, resource });
    return new Map(items.map((item: StoredObject) => [item.key.name, item]));
  }

  private async takenByOthers(sandboxId: string, owner: MarkerOwner): Promise<Taken> {
    const { items } = await this.store.list({ sandboxId, resource: 'services' });
    const ips = new Set<string>();
    const ports = new Set<number>();
    for (const item of items) {
      if (item.key.namespace === owner.namespace && item.key.name === owner.name) continue;
      const spec = readSpec(item.object);
      for (const ip of clusterIPsHeld(spec)) ips.add(ip);
      for (const port of nodePortsHeld(spec)) ports.add(port);
    }
    return { ips, ports };
  }
}

const ownerOf = (service: KubeObject): MarkerOwner => ({
  namespace: service.metadata.namespace ?? '',
  name: service.metadata.name ?? '',
  ...(service.metadata.uid ? { uid: service.metadata.uid } : {}),
});

function planOps(allocation: Allocation, owner: MarkerOwner, ips: Markers, ports: Markers): WriteOp[] {
  return [
    ...allocation.claimed.ips.map((ip) => claimOp(CLUSTER_IP_MARKERS, ip, owner, ips)),
    ...allocation.claimed.ports.map((port) => claimOp(NODE_PORT_MARKERS, String(port), owner, ports)),
    ...allocation.released.ips.flatMap((ip) => releaseOp(CLUSTER_IP_MARKERS, ip, owner, ips)),
    ...allocation.released.ports.flatMap((port) => releaseOp(NODE_PORT_MARKERS, String(port), owner, ports)),
  ];
}
