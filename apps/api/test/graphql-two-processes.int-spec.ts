import { type ApiProcess, eventually, startApiProcess } from '@ksb/testing';
import { ADMIN_TOKEN, type ApiContext, createApiContext } from './api-context';
import { type Subscription, subscribe, wsClientOnPort } from './graphql-client';

const POD_EVENTS = `subscription($id: ID!) { podEvents(sandboxId: $id) { type revision object { metadata { name } } } }`;
type PodEvent = { podEvents: { type: string; revision: string; object: { metadata: { name: string } } } };

const podManifest = (name: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: { name: ${name} }\nspec: { containers: [{ name: c, image: "nginx:1.27" }] }\n`;

/** Applies a manifest through an API process's GraphQL endpoint over HTTP. */
async function applyThrough(port: number, token: string, sandboxId: string, manifest: string): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: 'mutation($id: ID!, $m: String!) { applyManifest(sandboxId: $id, manifest: $m) { applied } }',
      variables: { id: sandboxId, m: manifest },
    }),
  });
  const body = (await res.json()) as { data?: { applyManifest: { applied: boolean } } };
  if (!body.data?.applyManifest.applied) throw new Error(`apply through :${port} failed: ${JSON.stringify(body)}`);
}

const seen = (sub: Subscription<PodEvent>) =>
  sub.results.map(
    (r) => `${r.data?.podEvents.revision} ${r.data?.podEvents.type} ${r.data?.podEvents.object.metadata.name}`,
  );

/** Subscribers on two API processes (Redis carries the changes between them) each get every event. */
describe('GraphQL subscriptions across two API processes', () => {
  let api: ApiContext;
  let processes: ApiProcess[] = [];
  let token: string;
  let sandboxId: string;

  beforeAll(async () => {
    api = await createApiContext();
    const tenant = await api.tenant('gql-two-processes');
    token = tenant.adminToken;
    sandboxId = (await api.sandbox(token, { name: 'shared' })).id;
    processes = await Promise.all([startApiProcess({ ADMIN_TOKEN }), startApiProcess({ ADMIN_TOKEN })]);
  });

  afterAll(async () => {
    await Promise.all(processes.map((process) => process.kill('SIGTERM')));
    await api.app.close();
  });

  it('every subscriber gets every event, whichever process it is connected to and whichever wrote it', async () => {
    const [a, b] = processes;
    const clients = [a, a, b, b].map((process) => wsClientOnPort(process.port, token));
    const subs = clients.map((client) => subscribe<PodEvent>(client, POD_EVENTS, { id: sandboxId }));
    // All four are live once a change made now reaches each of them.
    await eventually(async () => {
      await applyThrough(a.port, token, sandboxId, podManifest(`probe-${Date.now()}`));
      await eventually(() => expect(subs.every((sub) => sub.results.length > 0)).toBe(true), { timeoutMs: 3000 });
    });
    const from = subs.map((sub) => sub.results.length);
    for (let i = 0; i < 5; i++) {
      await applyThrough(a.port, token, sandboxId, podManifest(`from-a-${i}`));
      await applyThrough(b.port, token, sandboxId, podManifest(`from-b-${i}`));
    }
    await eventually(() => expect(subs.every((sub, i) => sub.results.length - from[i] >= 10)).toBe(true));
    const tails = subs.map((sub, i) =>
      seen(sub)
        .slice(from[i])
        .filter((line) => / (from-a|from-b)-/.test(line)),
    );
    expect(tails[0]).toHaveLength(10);
    for (const tail of tails) expect(tail).toEqual(tails[0]);
    expect(tails[0].filter((line) => line.includes('from-a'))).toHaveLength(5);
    expect(tails[0].filter((line) => line.includes('from-b'))).toHaveLength(5);
    subs.forEach((sub) => sub.stop());
    for (const client of clients) await client.dispose();
  });
});
