import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { gzipped, loadPlaygroundAssets, PlaygroundAsset, resolvePlaygroundFiles } from './playground-assets';
import { PLAYGROUND_CSP, renderPlaygroundPage } from './playground-page';

/** Apollo serves GraphQL here (POST, GET with ?query=, the WebSocket upgrade); the page shares the path. */
export const PLAYGROUND_PATH = '/graphql';
const ASSETS = '/assets/';

/** A browser opening the URL: HTML preferred over JSON, and not a GET query (which is Apollo's). */
function wantsPage(req: Request): boolean {
  const search = new URL(req.originalUrl, 'http://localhost').searchParams;
  return (
    req.path === '/' &&
    !search.has('query') &&
    req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html'
  );
}

async function sendAsset(req: Request, res: Response, asset: PlaygroundAsset): Promise<void> {
  res.setHeader('Content-Type', asset.contentType);
  // The URL carries the content hash, so a cached copy can never be stale.
  res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Vary', 'Accept-Encoding');
  const gzip = req.acceptsEncodings('gzip', 'identity') === 'gzip';
  const body = gzip ? await gzipped(asset) : asset.body;
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Serves GraphiQL at GET /graphql to browsers, with React, GraphiQL and our page script from the API's own
 * node_modules (no CDN: classrooms are often offline). Public: the token is entered in the page. Registered
 * before Apollo's middleware (which is added at app.init()), so everything not taken here falls through.
 */
export function mountPlayground(app: INestApplication): void {
  const files = resolvePlaygroundFiles();
  let assets: Map<string, PlaygroundAsset> | undefined;
  let page: string | undefined;
  const load = () => {
    assets ??= loadPlaygroundAssets(files);
    const loaded = assets;
    page ??= renderPlaygroundPage(PLAYGROUND_PATH, (name) => {
      const asset = loaded.get(name);
      if (!asset) throw new Error(`playground asset ${name} is not registered`);
      return `${PLAYGROUND_PATH}${ASSETS}${asset.hash}/${name}`;
    });
    return { assets: loaded, page };
  };

  app.use(PLAYGROUND_PATH, (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path.startsWith(ASSETS)) {
      const [hash, name] = req.path.slice(ASSETS.length).split('/');
      const asset = load().assets.get(name ?? '');
      if (!asset || asset.hash !== hash) return void res.status(404).type('text/plain').send('Not Found');
      return void sendAsset(req, res, asset).catch(next);
    }
    if (!wantsPage(req)) return next();
    res.setHeader('Content-Security-Policy', PLAYGROUND_CSP);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.type('html').send(load().page);
  });
}
