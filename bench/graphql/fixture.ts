import type { INestApplicationContext } from '@nestjs/common';
import { SandboxesService } from '@ksb/sandboxes';
import { type KubeObject, StoreService } from '@ksb/store';
import { TenancyService } from '@ksb/tenancy';
import { provisionSandboxes } from '../foundation/provisioning.bench';
import { benchPod } from '../kube-api/pod-fixture';

const ADMIN = { kind: 'admin' } as const;
const NAMESPACE = 'default';
const NODE = 'node-1';
const PROVISION_CONCURRENCY = 4;
const CREATE_CONCURRENCY = 8;

/** A pod the writer rewrites, in its sandbox. */
export interface PodTarget {
  sandboxId: string;
  pod: KubeObject;
}

/** A sandbox, the sandbox-scoped token a subscriber uses for it, and its pods. */
export interface GraphqlSandbox {
  sandboxId: string;
  token: string;
  pods: PodTarget[];
}

export interface GraphqlFixture {
  /** The sandbox of the 1-subscriber baseline and of the many-subscribers-on-one-sandbox run. */
  busy: GraphqlSandbox;
  /** The sandboxes of the spread run. */
  spread: GraphqlSandbox[];
}

async function inLanes<T>(items: T[], lanes: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) await work(items[i]);
  };
  await Promise.all(Array.from({ length: Math.min(lanes, items.length) }, lane));
}

/**
 * A tenant of its own, `1 + spreadSandboxes` sandboxes (3 nodes, fast profile), a sandbox token each, and
 * running Deployment pods (~2.5 KB of JSON each, as the API server stores them): `busyPods` in the busy
 * sandbox, one in each other. Nothing reconciles them: no worker runs and the benchmark's own context
 * routes no commit to the control loops.
 */
export async function createGraphqlFixture(
  app: INestApplicationContext,
  busyPods: number,
  spreadSandboxes: number,
): Promise<GraphqlFixture> {
  const tenancy = app.get(TenancyService);
  const store = app.get(StoreService);
  const count = 1 + spreadSandboxes;
  const tenant = await tenancy.createTenant(ADMIN, 'graphql-bench', {
    maxSandboxes: count + 10,
    maxObjectsPerSandbox: 100_000,
  });
  const { sandboxIds } = await provisionSandboxes(
    app.get(SandboxesService),
    tenant.id,
    count,
    PROVISION_CONCURRENCY,
    'graphql',
  );
  const sandboxes: GraphqlSandbox[] = [];
  for (const sandboxId of sandboxIds) {
    const issued = await tenancy.issueToken(ADMIN, { tenantId: tenant.id, role: 'sandbox', sandboxId });
    sandboxes.push({ sandboxId, token: issued.token, pods: [] });
  }
  const [busy, ...spread] = sandboxes;
  busy.pods = Array.from({ length: busyPods }, (_, i) => ({ sandboxId: busy.sandboxId, pod: benchPod(i, NODE) }));
  await store.commit(
    busy.sandboxId,
    busy.pods.map(({ pod }) => ({ op: 'create', resource: 'pods', namespace: NAMESPACE, object: pod })),
  );
  await inLanes(spread, CREATE_CONCURRENCY, async (sandbox) => {
    const target = { sandboxId: sandbox.sandboxId, pod: benchPod(0, NODE) };
    await store.create(sandbox.sandboxId, 'pods', NAMESPACE, target.pod);
    sandbox.pods = [target];
  });
  return { busy, spread };
}
