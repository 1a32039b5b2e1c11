import type { Node } from 'kubernetes-types/core/v1';
import { NodeImageCache } from './node-image-cache';

const node = (images: string[] = []): Node => ({
  metadata: { name: 'node-1' },
  status: { images: images.map((name) => ({ names: [name], sizeBytes: 1 })) },
});

describe('NodeImageCache', () => {
  it('knows reported and freshly pulled images, and hands the fresh ones out once for the next report', () => {
    const cache = new NodeImageCache();
    cache.add('sb', 'node-1', 'docker.io/library/nginx:1.27');
    expect([...cache.present('sb', node(['docker.io/library/redis:7']))].sort()).toEqual([
      'docker.io/library/nginx:1.27',
      'docker.io/library/redis:7',
    ]);
    expect(cache.present('other', node()).size).toBe(0);
    expect(cache.takeUnreported('sb', node())).toEqual(['docker.io/library/nginx:1.27']);
    expect(cache.takeUnreported('sb', node())).toEqual([]);
  });

  it('does not report what the node already lists', () => {
    const cache = new NodeImageCache();
    cache.add('sb', 'node-1', 'docker.io/library/nginx:1.27');
    expect(cache.takeUnreported('sb', node(['docker.io/library/nginx:1.27']))).toEqual([]);
  });
});
