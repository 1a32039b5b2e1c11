import type { ImageDefinition } from '../model/image';
import type { ProgramDefinition } from '../model/program';
import { alpine, debian } from '../os/bases';
import { apacheErrorTime } from '../time/log-time';
import { DEFAULT_PATH, MiB, ROOT_USER, tagsOn } from './common';

/** Apache's default page in htdocs (45 bytes). */
export const HTTPD_INDEX = '<html><body><h1>It works!</h1></body></html>\n';

/** Apache's 404 body. */
export const HTTPD_NOT_FOUND = `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>404 Not Found</title>
</head><body>
<h1>Not Found</h1>
<p>The requested URL was not found on this server.</p>
</body></html>
`;

const HTTPD_PREFIX = '/usr/local/apache2';

/** httpd-foreground: `httpd -DFOREGROUND`, warning about ServerName as the image does without one. */
const foreground: ProgramDefinition = {
  names: ['httpd-foreground', '/usr/local/bin/httpd-foreground', 'httpd', '/usr/local/apache2/bin/httpd'],
  run: ({ argv, now, podIP, version }) => {
    if (argv.includes('-v')) {
      return {
        kind: 'exit',
        code: 0,
        stdout: [`Server version: Apache/${version} (Unix)`, 'Server built:   Jan 21 2025 22:06:42'],
      };
    }
    const t = apacheErrorTime(now);
    const ah00558 = `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${podIP}. Set the 'ServerName' directive globally to suppress this message`;
    return {
      kind: 'serve',
      ports: [
        {
          port: 80,
          protocol: 'TCP',
          server: {
            kind: 'static-files',
            software: 'apache',
            version,
            root: `${HTTPD_PREFIX}/htdocs`,
            index: ['index.html'],
            accessLog: 'apache',
          },
        },
      ],
      usage: { cpuMillicores: 1, memoryBytes: 6 * MiB },
      writeFiles: [{ path: `${HTTPD_PREFIX}/logs/httpd.pid`, content: '1\n' }],
      stderr: [
        ah00558,
        ah00558,
        `[${t}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/${version} (Unix) configured -- resuming normal operations`,
        `[${t}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'`,
      ],
    };
  },
};

export const HTTPD: ImageDefinition = {
  repositoryName: 'docker.io/library/httpd',
  description: 'Apache HTTP Server: serves /usr/local/apache2/htdocs on port 80',
  tags: {
    ...tagsOn(debian('12'), [
      ['latest', '2.4.63', 58_145_214],
      ['2', '2.4.63', 58_145_214],
      ['2.4', '2.4.63', 58_145_214],
      ['2.4.63', '2.4.63', 58_145_214],
      ['2.4.62', '2.4.62', 58_040_117],
    ]),
    ...tagsOn(alpine('3.21.3'), [
      ['alpine', '2.4.63', 23_268_471],
      ['2.4-alpine', '2.4.63', 23_268_471],
    ]),
  },
  entrypoint: [],
  cmd: ['httpd-foreground'],
  env: (version) => ({
    PATH: `${HTTPD_PREFIX}/bin:${DEFAULT_PATH}`,
    HTTPD_PREFIX,
    HTTPD_VERSION: version,
    HTTPD_PATCHES: '',
  }),
  workingDir: HTTPD_PREFIX,
  user: ROOT_USER,
  stopSignal: 'SIGWINCH',
  exposedPorts: [80],
  files: () => [
    { path: `${HTTPD_PREFIX}/htdocs/index.html`, content: HTTPD_INDEX },
    {
      path: `${HTTPD_PREFIX}/conf/httpd.conf`,
      content:
        'ServerRoot "/usr/local/apache2"\nListen 80\nDocumentRoot "/usr/local/apache2/htdocs"\nCustomLog /proc/self/fd/1 common\nErrorLog /proc/self/fd/2\n',
    },
    {
      path: '/usr/local/bin/httpd-foreground',
      content: '#!/bin/sh\nset -e\nrm -f /usr/local/apache2/logs/httpd.pid\nexec httpd -DFOREGROUND "$@"\n',
      mode: 0o755,
    },
  ],
  programs: [foreground],
};
