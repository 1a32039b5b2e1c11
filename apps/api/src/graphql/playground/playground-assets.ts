import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

/** One file the playground page loads, served from memory under a content-hashed URL. */
export interface PlaygroundAsset {
  name: string;
  file: string;
  contentType: string;
  /** First 16 hex digits of the content's SHA-256: part of the URL, so the file can be cached forever. */
  hash: string;
  body: Buffer;
  gzipped?: Promise<Buffer>;
}

/**
 * A file inside an installed package. React 18's `exports` map hides umd/, so the package is found through
 * its package.json; resolution starts from here and walks up, which finds the repository's node_modules
 * both from the sources (tests) and from dist/ (the built app).
 */
function packageFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** Resolved when the playground is mounted, so a missing package fails at boot rather than per request. */
export function resolvePlaygroundFiles(): Omit<PlaygroundAsset, 'hash' | 'body'>[] {
  return [
    { name: 'react.production.min.js', file: packageFile('react', 'umd/react.production.min.js'), contentType: JS },
    {
      name: 'react-dom.production.min.js',
      file: packageFile('react-dom', 'umd/react-dom.production.min.js'),
      contentType: JS,
    },
    { name: 'graphiql.min.js', file: packageFile('graphiql', 'graphiql.min.js'), contentType: JS },
    { name: 'graphiql.min.css', file: packageFile('graphiql', 'graphiql.min.css'), contentType: CSS },
    // Ours: static files beside this module (scripts/copy-build-assets.js copies public/ into dist/).
    { name: 'playground.js', file: join(__dirname, 'public', 'playground.js'), contentType: JS },
    { name: 'playground.css', file: join(__dirname, 'public', 'playground.css'), contentType: CSS },
  ];
}

/** Reads and hashes the files (about 4 MB, once per process, on the first page view, not at boot). */
export function loadPlaygroundAssets(files: Omit<PlaygroundAsset, 'hash' | 'body'>[]): Map<string, PlaygroundAsset> {
  const assets = new Map<string, PlaygroundAsset>();
  for (const f of files) {
    const body = readFileSync(f.file);
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
    assets.set(f.name, { ...f, hash, body });
  }
  return assets;
}

const gzipAsync = promisify(gzip);

/**
 * The gzip encoding of an asset, made once (graphiql.min.js: 3.4 MB -> 0.7 MB). Off the event loop: gzipping
 * it takes ~100 ms, too long to block an API process that serves watches.
 */
export function gzipped(asset: PlaygroundAsset): Promise<Buffer> {
  asset.gzipped ??= gzipAsync(asset.body);
  return asset.gzipped;
}
