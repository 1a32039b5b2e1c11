import type { ImageDefinition } from '../model/image';
import { debian, ubuntu } from '../os/bases';
import { osImage, tagsOn } from './common';

/** ubuntu: bash by default (ends at once without a terminal). */
export const UBUNTU: ImageDefinition = osImage({
  repositoryName: 'docker.io/library/ubuntu',
  description: 'Ubuntu base image',
  tags: {
    ...tagsOn(ubuntu('24.04'), [
      ['latest', '24.04', 29_754_290],
      ['24.04', '24.04', 29_754_290],
      ['noble', '24.04', 29_754_290],
    ]),
    ...tagsOn(ubuntu('22.04'), [
      ['22.04', '22.04', 29_537_310],
      ['jammy', '22.04', 29_537_310],
    ]),
  },
  cmd: ['/bin/bash'],
});

/** debian: bash by default. */
export const DEBIAN: ImageDefinition = osImage({
  repositoryName: 'docker.io/library/debian',
  description: 'Debian base image',
  tags: {
    ...tagsOn(debian('12'), [
      ['latest', '12', 48_494_272],
      ['12', '12', 48_494_272],
      ['bookworm', '12', 48_494_272],
      ['bookworm-slim', '12', 28_227_259],
      ['12-slim', '12', 28_227_259],
    ]),
    ...tagsOn(debian('11'), [
      ['11', '11', 53_739_413],
      ['bullseye', '11', 53_739_413],
      ['bullseye-slim', '11', 30_253_862],
    ]),
  },
  cmd: ['bash'],
});
