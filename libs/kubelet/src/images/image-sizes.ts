import { parseImage } from './image-reference';

/**
 * Compressed sizes of common images (linux/amd64), as "Image size" in Pulled events and node.status.images.
 * The image catalog of the data-plane work replaces this table with full image data.
 */
const SIZES: Readonly<Record<string, number>> = {
  'docker.io/library/nginx': 72_099_410,
  'docker.io/library/httpd': 58_145_214,
  'docker.io/library/busybox': 2_166_802,
  'docker.io/library/alpine': 3_653_068,
  'docker.io/library/redis': 45_086_140,
  'docker.io/library/postgres': 158_490_336,
  'docker.io/library/mysql': 172_412_305,
  'docker.io/library/node': 399_185_426,
  'docker.io/library/python': 376_307_190,
  'registry.k8s.io/pause': 320_368,
};

const DEFAULT_SIZE = 30_000_000;

export function imageSize(image: string): number {
  const name = parseImage(image).name;
  return SIZES[name.slice(0, name.lastIndexOf(':'))] ?? DEFAULT_SIZE;
}
