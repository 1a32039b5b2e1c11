import type { ImageDefinition } from '../model/image';
import { alpine } from '../os/bases';
import { DEFAULT_PATH, tagsOn } from './common';

/** curlimages/curl: runs curl as a non-root user; `curl` alone tells you to try --help (exit 2). */
export const CURL: ImageDefinition = {
  repositoryName: 'docker.io/curlimages/curl',
  description: 'curl on Alpine, as user curl_user',
  tags: tagsOn(alpine('3.21.3'), [
    ['latest', '8.13.0', 11_614_321],
    ['8.13.0', '8.13.0', 11_614_321],
    ['8.12.1', '8.12.1', 11_548_870],
    ['8.11.1', '8.11.1', 11_427_554],
    ['8.5.0', '8.5.0', 10_985_402],
  ]),
  entrypoint: ['/entrypoint.sh'],
  cmd: ['curl'],
  env: (version) => ({ PATH: DEFAULT_PATH, CURL_VERSION: version, CURL_CA_BUNDLE: '/cacert.pem' }),
  workingDir: '/home/curl_user',
  user: { uid: 100, gid: 101, name: 'curl_user', home: '/home/curl_user' },
  exposedPorts: [],
  files: () => [
    { path: '/home/curl_user/.keep', content: '', uid: 100, gid: 101 },
    { path: '/cacert.pem', content: '' },
  ],
  programs: [
    {
      // "/entrypoint.sh -sS http://x" runs curl with those options; anything else is exec'd.
      names: ['/entrypoint.sh'],
      run: ({ argv }) =>
        argv.length === 1
          ? { kind: 'exit', code: 0 }
          : { kind: 'exec', argv: argv[1].startsWith('-') ? ['curl', ...argv.slice(1)] : argv.slice(1) },
    },
  ],
  extraCommands: ['curl'],
};
