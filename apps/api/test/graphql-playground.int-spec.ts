import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Server } from 'node:http';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import request from 'supertest';
import { StoreService } from '@ksb/store';
import { eventually } from '@ksb/testing';
import { type ApiContext, createApiContext } from './api-context';

/** Debian's chromium, found as `command -v chromium` would (never a browser Playwright downloads). */
function findChromium(): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, 'chromium'), constants.X_OK);
      return join(dir, 'chromium');
    } catch {
      /* next */
    }
  }
  // A failure, not a skip: only this test proves the playground works.
  throw new Error(
    'chromium is not installed: the GraphQL playground test drives headless Chromium. Install it with ' +
      '`apt-get install -y chromium` (bash .ci/run does this when it is missing).',
  );
}

// STACK.md: headless, and nothing that phones home (updates, sync, QUIC probes).
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const run = (page: Page) => page.locator('.graphiql-execute-button').click();
const result = (page: Page) => page.locator('.result-window').innerText();

/** Replaces the query editor's text as a user would (select all, type); insertText skips auto-closed brackets. */
async function setQuery(page: Page, query: string): Promise<void> {
  await page.locator('.graphiql-query-editor .CodeMirror').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
}

async function resultContaining(page: Page, ...texts: string[]): Promise<string> {
  return eventually(async () => {
    const text = await result(page);
    for (const t of texts) if (!text.includes(t)) throw new Error(`result pane lacks "${t}": ${text.slice(0, 400)}`);
    return text;
  });
}

describe('GraphQL playground in headless Chromium', () => {
  let api: ApiContext;
  let origin: string;
  let userDataDir: string | undefined;
  let browser: BrowserContext | undefined;
  let page: Page;
  let token: string;
  let sandbox: { id: string; name: string };
  const requests: string[] = [];
  const sockets: string[] = [];
  const sent: string[] = []; // WebSocket frames the page sent
  let socketClosed = false;
  const problems: string[] = []; // uncaught page errors and CSP violations

  beforeAll(async () => {
    const executablePath = findChromium();
    api = await createApiContext();
    await api.app.listen(0);
    origin = `http://127.0.0.1:${((api.app.getHttpServer() as Server).address() as AddressInfo).port}`;
    const tenant = await api.tenant('playground');
    token = tenant.adminToken;
    const name = `playground-${Date.now().toString(36)}`;
    sandbox = { ...(await api.sandbox(token, { name })), name };

    userDataDir = mkdtempSync(join(tmpdir(), 'ksb-chromium-'));
    browser = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: CHROMIUM_FLAGS,
      timeout: 30_000, // below jest's hook timeout, so a stuck launch fails here with Playwright's message
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('request', (r) => requests.push(r.url()));
    page.on('websocket', (ws) => {
      sockets.push(ws.url());
      ws.on('framesent', (frame) => sent.push(String(frame.payload)));
      ws.on('close', () => (socketClosed = true));
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && m.text().includes('Content Security Policy')) problems.push(m.text());
    });
  });

  /** Requests that left the API's origin (data: URLs are the fonts and icons inside graphiql.min.css). */
  const foreign = () => requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);

  afterAll(async () => {
    await browser?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    await api?.app.close();
  });

  it('serves the page to browsers only and leaves everything else at /graphql to Apollo', async () => {
    const server = api.app.getHttpServer();
    const html = await request(server).get('/graphql').set('Accept', 'text/html').expect(200);
    expect(html.headers['content-security-policy']).toContain("script-src 'self'");
    expect(html.text).toContain('id="ksb-token"');
    const asset = /src="(\/graphql\/assets\/[0-9a-f]{16}\/graphiql\.min\.js)"/.exec(html.text)?.[1] ?? '';
    const js = await request(server).get(asset).expect(200);
    expect(js.headers['cache-control']).toContain('immutable');
    expect(js.headers['content-encoding']).toBe('gzip');

    // Not the page: GET queries (even from a browser), JSON clients, POST.
    const get = await request(server).get('/graphql?query=%7B__typename%7D').set('Accept', 'text/html');
    expect(get.text).not.toContain('ksb-token');
    const json = await request(server).get('/graphql').set('Accept', 'application/json');
    expect(json.text).not.toContain('ksb-token');
    const post = await request(server).post('/graphql').send({ query: '{ __typename }' }).expect(200);
    expect(post.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('loads without a token, entirely from its own origin', async () => {
    await page.goto(`${origin}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
    expect(await page.locator('#ksb-token').inputValue()).toBe('');
    expect(await page.locator('.graphiql-query-editor').innerText()).toContain('sandboxes');
    expect(requests.length).toBeGreaterThanOrEqual(7); // the page, four scripts, two style sheets
    expect(foreign()).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('shows UNAUTHENTICATED for a wrong token', async () => {
    await page.locator('#ksb-token').fill('not-a-real-token-0123456789');
    await setQuery(page, '{ sandboxes { id name } }');
    await run(page);
    await resultContaining(page, 'UNAUTHENTICATED');
  });

  it('runs a query with the token, which it keeps across reloads', async () => {
    await page.locator('#ksb-token').fill(token);
    await page.reload();
    expect(await page.locator('#ksb-token').inputValue()).toBe(token);
    await setQuery(page, '{ sandboxes { id name phase } }');
    await run(page);
    await resultContaining(page, sandbox.id, sandbox.name);
  });

  it('streams the ADDED event of a new pod to a podEvents subscription', async () => {
    const store = api.app.get(StoreService);
    // Resume after the current revision: the pod's event arrives even if it commits before the subscribe.
    const from = await store.currentRevision(sandbox.id);
    await setQuery(
      page,
      `subscription { podEvents(sandboxId: "${sandbox.id}", namespace: "default", fromRevision: "${from}") {
  type revision object { metadata { name resourceVersion } phase } } }`,
    );
    await run(page);
    const pod = `web-${Date.now().toString(36)}`;
    await store.create(sandbox.id, 'pods', 'default', {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: pod, namespace: 'default' },
      spec: { containers: [{ name: 'web', image: 'nginx' }] },
    });
    await resultContaining(page, '"ADDED"', pod);
    expect(sockets).toEqual([`${origin.replace('http:', 'ws:')}/graphql`]);
    expect(JSON.parse(sent[0] ?? '{}')).toEqual({
      type: 'connection_init',
      payload: { authorization: `Bearer ${token}` },
    });

    await run(page); // now the stop button: the client completes the operation and closes its socket
    await eventually(() => socketClosed);
    const types = sent.map((f) => (JSON.parse(f) as { type: string }).type).filter((t) => t !== 'pong');
    expect(types).toEqual(['connection_init', 'subscribe', 'complete']);
    expect(foreign()).toEqual([]);
    expect(problems).toEqual([]);
  });
});
