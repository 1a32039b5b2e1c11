import type { BaseOs, ImageFile } from '../model/image';
import { BUSYBOX_COMMANDS, DEBIAN_COMMANDS, EL_COMMANDS } from './commands';

const osRelease = (lines: readonly string[]): ImageFile => ({
  path: '/etc/os-release',
  content: `${lines.join('\n')}\n`,
});

/** /etc/passwd and /etc/group entries every base has (root, nobody) plus the image's own. */
export function passwdFiles(users: readonly { name: string; uid: number; gid: number; home: string }[]): ImageFile[] {
  const all = [
    { name: 'root', uid: 0, gid: 0, home: '/root' },
    ...users,
    { name: 'nobody', uid: 65534, gid: 65534, home: '/nonexistent' },
  ];
  return [
    {
      path: '/etc/passwd',
      content: all.map((u) => `${u.name}:x:${u.uid}:${u.gid}:${u.name}:${u.home}:/bin/sh`).join('\n') + '\n',
    },
    {
      path: '/etc/group',
      content: all.map((u) => `${u.name === 'nobody' ? 'nogroup' : u.name}:x:${u.gid}:`).join('\n') + '\n',
    },
  ];
}

const DEBIAN_CODENAMES: Readonly<Record<string, string>> = {
  '9': 'stretch',
  '10': 'buster',
  '11': 'bullseye',
  '12': 'bookworm',
};

export function debian(version: '9' | '10' | '11' | '12'): BaseOs {
  const codename = DEBIAN_CODENAMES[version];
  return {
    id: `debian-${version}`,
    prettyName: `Debian GNU/Linux ${version} (${codename})`,
    shell: 'dash',
    hasBash: true,
    userland: 'gnu',
    commands: DEBIAN_COMMANDS,
    files: [
      osRelease([
        `PRETTY_NAME="Debian GNU/Linux ${version} (${codename})"`,
        'NAME="Debian GNU/Linux"',
        `VERSION_ID="${version}"`,
        `VERSION="${version} (${codename})"`,
        `VERSION_CODENAME=${codename}`,
        'ID=debian',
        'HOME_URL="https://www.debian.org/"',
        'SUPPORT_URL="https://www.debian.org/support"',
        'BUG_REPORT_URL="https://bugs.debian.org/"',
      ]),
      { path: '/etc/debian_version', content: `${version === '12' ? '12.10' : `${version}.13`}\n` },
    ],
  };
}

export function ubuntu(version: '22.04' | '24.04'): BaseOs {
  const [codename, point, name] =
    version === '24.04' ? ['noble', '24.04.2', 'Noble Numbat'] : ['jammy', '22.04.5', 'Jammy Jellyfish'];
  return {
    id: `ubuntu-${version}`,
    prettyName: `Ubuntu ${point} LTS`,
    shell: 'dash',
    hasBash: true,
    userland: 'gnu',
    commands: DEBIAN_COMMANDS,
    files: [
      osRelease([
        `PRETTY_NAME="Ubuntu ${point} LTS"`,
        'NAME="Ubuntu"',
        `VERSION_ID="${version}"`,
        `VERSION="${point} LTS (${name})"`,
        `VERSION_CODENAME=${codename}`,
        'ID=ubuntu',
        'ID_LIKE=debian',
        'HOME_URL="https://www.ubuntu.com/"',
        'SUPPORT_URL="https://help.ubuntu.com/"',
        'BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"',
        `UBUNTU_CODENAME=${codename}`,
      ]),
    ],
  };
}

const ALPINE_BUSYBOX: Readonly<Record<string, string>> = { '3.21': '1.37.0', '3.20': '1.36.1', '3.19': '1.36.1' };

export function alpine(version: string): BaseOs {
  const minor = version.split('.').slice(0, 2).join('.');
  return {
    id: `alpine-${minor}`,
    prettyName: `Alpine Linux v${minor}`,
    shell: 'busybox',
    hasBash: false,
    userland: 'busybox',
    commands: BUSYBOX_COMMANDS,
    busyboxVersion: ALPINE_BUSYBOX[minor] ?? '1.37.0',
    files: [
      osRelease([
        'NAME="Alpine Linux"',
        'ID=alpine',
        `VERSION_ID=${version}`,
        `PRETTY_NAME="Alpine Linux v${minor}"`,
        'HOME_URL="https://alpinelinux.org/"',
        'BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"',
      ]),
      { path: '/etc/alpine-release', content: `${version}\n` },
    ],
  };
}

/** The busybox image: busybox applets only, no os-release. */
export function busyboxBase(version: string): BaseOs {
  return {
    id: `busybox-${version}`,
    prettyName: `BusyBox v${version}`,
    shell: 'busybox',
    hasBash: false,
    userland: 'busybox',
    commands: BUSYBOX_COMMANDS,
    busyboxVersion: version,
    files: [],
  };
}

export const ORACLE_LINUX_9: BaseOs = {
  id: 'oraclelinux-9',
  prettyName: 'Oracle Linux Server 9.5',
  shell: 'bash',
  hasBash: true,
  userland: 'gnu',
  commands: EL_COMMANDS,
  files: [
    osRelease([
      'NAME="Oracle Linux Server"',
      'VERSION="9.5"',
      'ID="ol"',
      'ID_LIKE="fedora"',
      'VERSION_ID="9.5"',
      'PRETTY_NAME="Oracle Linux Server 9.5"',
      'HOME_URL="https://linux.oracle.com/"',
    ]),
  ],
};

/** Distroless/scratch images (pause, Go servers): no shell, no tools. */
export const SCRATCH: BaseOs = {
  id: 'scratch',
  prettyName: 'scratch',
  shell: 'none',
  hasBash: false,
  userland: 'none',
  commands: [],
  files: [],
};
