import type { Response } from 'express';
import { DomainError } from '@ksb/errors';
import type { ObjectsService, Scope } from '@ksb/kube-objects';
import { buildTable, type ResourceDefinition } from '@ksb/resources';
import type { KubeObject } from '@ksb/store';
import { statusOfException } from '../../status/status-of-exception';
import type { Representation } from '../request/accept';
import type { KubeQuery } from '../request/kube-query';
import { kubeWatchEvents } from '../watch/watch-events';

/**
 * Serves `?watch=true`: newline-delimited events on a chunked 200 response whose headers go out at once
 * (kubectl rollout status hangs on buffered headers). Without a resourceVersion, or with "0", the watch
 * starts with the current state as ADDED events, as the API server's watch cache does.
 */
export async function serveWatch(
  res: Response,
  objects: ObjectsService,
  scope: Scope,
  definition: ResourceDefinition,
  query: KubeQuery,
  representation: Representation,
  bookmarkEveryMs: number,
): Promise<void> {
  const selectors = { labelSelector: query.labelSelector, fieldSelector: query.fieldSelector };
  let initial: KubeObject[] | undefined;
  let from: number;
  if (query.resourceVersion === undefined || query.resourceVersion === '0') {
    const list = await objects.list(scope, selectors);
    initial = list.items;
    from = Number(list.resourceVersion);
  } else {
    from = Number(query.resourceVersion);
  }
  let watch;
  try {
    watch = await objects.watch(scope, from, selectors);
  } catch (error) {
    if (!(error instanceof DomainError && error.code === 'EXPIRED')) throw error;
    // A resourceVersion compacted away: 200 with one ERROR event (410 Expired), as upstream; the client re-lists.
    res.status(200).setHeader('Content-Type', 'application/json');
    res.end(`${JSON.stringify({ type: 'ERROR', object: statusOfException(error).status })}\n`);
    return;
  }
  res.status(200);
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Transfer-Encoding', 'chunked');
  res.setHeader('Cache-Control', 'no-cache, private');
  res.flushHeaders();

  const timer = query.timeoutSeconds ? setTimeout(() => watch.close(), query.timeoutSeconds * 1000) : undefined;
  res.on('close', () => watch.close());
  // Bookmarks tell an informer how far it has seen even when nothing it watches changes, so a restart
  // resumes from there instead of re-listing.
  const bookmarks = query.allowWatchBookmarks
    ? setInterval(() => {
        const bookmark = {
          type: 'BOOKMARK',
          object: {
            kind: definition.kind,
            apiVersion: definition.apiVersion,
            metadata: { resourceVersion: String(watch.position) },
          },
        };
        res.write(`${JSON.stringify(bookmark)}\n`);
      }, bookmarkEveryMs)
    : undefined;
  const render = (object: KubeObject) =>
    representation.as === 'Table'
      ? buildTable(
          definition,
          [object],
          { includeObject: query.includeObject ?? 'Metadata', resourceVersion: object.metadata.resourceVersion },
          new Date(),
        )
      : object;
  try {
    for await (const event of kubeWatchEvents({
      initial,
      watch,
      render,
      status: (error) => statusOfException(error).status,
    })) {
      if (!res.write(`${JSON.stringify(event)}\n`)) await new Promise((resolve) => res.once('drain', resolve));
    }
  } finally {
    clearTimeout(timer);
    clearInterval(bookmarks);
    watch.close();
    res.end();
  }
}
