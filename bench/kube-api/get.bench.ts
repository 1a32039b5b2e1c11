import { StoreService } from '@ksb/store';
import type { KubeAccessService } from '../../apps/api/src/kube/access/kube-access.service';
import type { HttpsClient } from '../support/https-client';
import { type LoopOptions, type LoopResult, runClosedLoop } from '../support/closed-loop';
import type { BenchSandbox } from './bench-sandboxes';
import { configMapBody, kubePaths } from './kube-paths';

export const GET_CONFIG_MAP = 'bench-get';

export interface GetRuns {
  clients: number;
  /** GET of one ConfigMap over HTTPS, one client: the unloaded latency. */
  single: LoopResult;
  /** The same with `clients` closed-loop clients: the figure. */
  http: LoopResult;
  /**
   * Baselines at `clients`: authenticated /version (no store), public /version (TLS and Nest), the
   * endpoint's authentication and authorization called directly (no HTTP), StoreService.get.
   */
  authOnly: LoopResult;
  transportOnly: LoopResult;
  authorize: LoopResult;
  store: LoopResult;
}

/** One ConfigMap per sandbox, created through the endpoint. */
export async function seedGetConfigMaps(client: HttpsClient, sandboxes: BenchSandbox[]): Promise<void> {
  for (const sandbox of sandboxes) {
    await client.expect(201, {
      method: 'POST',
      path: kubePaths.configMaps(sandbox.id),
      token: sandbox.token,
      body: configMapBody(GET_CONFIG_MAP, { key: 'value', other: 'x'.repeat(200) }),
      headers: { 'Content-Type': 'application/json' },
    });
  }
}

/** Every request goes to the next sandbox in turn, so the load is spread over all of them. */
function roundRobin(sandboxes: BenchSandbox[]): () => BenchSandbox {
  let next = 0;
  return () => sandboxes[next++ % sandboxes.length];
}

export interface GetTargets {
  client: HttpsClient;
  store: StoreService;
  access: KubeAccessService;
  sandboxes: BenchSandbox[];
}

export async function runGets({ client, store, access, sandboxes }: GetTargets, loop: LoopOptions): Promise<GetRuns> {
  const pick = roundRobin(sandboxes);
  const get = (path: (sandbox: BenchSandbox) => string) => async () => {
    const sandbox = pick();
    await client.expect(200, { method: 'GET', path: path(sandbox), token: sandbox.token });
  };
  const getConfigMap = get((sandbox) => kubePaths.configMap(sandbox.id, GET_CONFIG_MAP));
  const single = await runClosedLoop({ ...loop, clients: 1 }, getConfigMap);
  const http = await runClosedLoop(loop, getConfigMap);
  const authOnly = await runClosedLoop(
    loop,
    get((sandbox) => kubePaths.sandboxVersion(sandbox.id)),
  );
  const transportOnly = await runClosedLoop(
    loop,
    get(() => kubePaths.version()),
  );
  const authorize = await runClosedLoop(loop, async () => {
    const sandbox = pick();
    await access.authorize({
      method: 'GET',
      sandboxId: sandbox.id,
      path: `/api/v1/namespaces/default/configmaps/${GET_CONFIG_MAP}`,
      query: new URLSearchParams(),
      authorization: `Bearer ${sandbox.token}`,
    });
  });
  const storeRun = await runClosedLoop(loop, async () => {
    const key = { sandboxId: pick().id, resource: 'configmaps', namespace: 'default', name: GET_CONFIG_MAP };
    await store.get(key);
  });
  return { clients: loop.clients, single, http, authOnly, transportOnly, authorize, store: storeRun };
}
