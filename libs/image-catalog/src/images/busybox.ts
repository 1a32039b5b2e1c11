import type { ImageDefinition } from '../model/image';
import { alpine, busyboxBase } from '../os/bases';
import { osImage, tagsOn } from './common';

/** busybox: `sh` by default, which ends at once without a terminal (so a bare busybox pod completes). */
export const BUSYBOX: ImageDefinition = osImage({
  repositoryName: 'docker.io/library/busybox',
  description: 'BusyBox: sh and the common Unix tools in one small binary',
  tags: {
    ...tagsOn(busyboxBase('1.37.0'), [
      ['latest', '1.37.0', 2_166_802],
      ['stable', '1.37.0', 2_166_802],
      ['1', '1.37.0', 2_166_802],
      ['1.37', '1.37.0', 2_166_802],
      ['1.37.0', '1.37.0', 2_166_802],
      ['musl', '1.37.0', 848_452],
      ['glibc', '1.37.0', 2_166_802],
      ['uclibc', '1.37.0', 1_047_934],
    ]),
    ...tagsOn(busyboxBase('1.36.1'), [
      ['1.36', '1.36.1', 2_152_262],
      ['1.36.1', '1.36.1', 2_152_262],
    ]),
    ...tagsOn(busyboxBase('1.35.0'), [['1.35', '1.35.0', 2_219_949]]),
    // The Kubernetes DNS debugging docs pin busybox:1.28 (its nslookup prints the older format).
    ...tagsOn(busyboxBase('1.28.4'), [
      ['1.28', '1.28.4', 727_869],
      ['1.28.4', '1.28.4', 727_869],
    ]),
  },
  cmd: ['sh'],
});

/** alpine: `/bin/sh` by default; busybox tools, wget and nslookup included, no curl, no bash. */
export const ALPINE: ImageDefinition = osImage({
  repositoryName: 'docker.io/library/alpine',
  description: 'Alpine Linux: a 3 MB distribution with busybox tools and apk',
  tags: {
    ...tagsOn(alpine('3.21.3'), [
      ['latest', '3.21.3', 3_653_068],
      ['3', '3.21.3', 3_653_068],
      ['3.21', '3.21.3', 3_653_068],
      ['3.21.3', '3.21.3', 3_653_068],
    ]),
    ...tagsOn(alpine('3.20.6'), [
      ['3.20', '3.20.6', 3_624_930],
      ['3.20.6', '3.20.6', 3_624_930],
    ]),
    ...tagsOn(alpine('3.19.7'), [
      ['3.19', '3.19.7', 3_419_706],
      ['3.19.7', '3.19.7', 3_419_706],
    ]),
  },
  cmd: ['/bin/sh'],
});
