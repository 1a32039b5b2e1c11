import { ContainerFs } from './container-fs';
import { FsError, type FsErrorCode } from './errors';
import { Volume } from './volume';

let now = 1_000;
const clock = () => now;

const fs = (writableLimitBytes?: number) =>
  new ContainerFs({
    files: [
      { path: '/etc/os-release', content: 'ID=alpine\n' },
      { path: '/usr/share/nginx/html/index.html', content: '<h1>hi</h1>\n' },
      { path: '/home/app/.keep', content: '', uid: 1000, gid: 1000 },
    ],
    clock,
    ...(writableLimitBytes !== undefined ? { writableLimitBytes } : {}),
  });

const code = (fn: () => unknown): FsErrorCode | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    if (error instanceof FsError) return error.code;
    throw error;
  }
};

describe('ContainerFs basics', () => {
  it('reads the image files and the standard directories', () => {
    const f = fs();
    expect(f.readFile('/etc/os-release')).toBe('ID=alpine\n');
    expect(f.readdir('/')).toEqual(expect.arrayContaining(['bin', 'etc', 'home', 'tmp', 'usr']));
    expect(f.stat('/tmp').mode).toBe(0o1777);
    expect(f.stat('/etc/os-release')).toMatchObject({ type: 'file', size: 10, mode: 0o644 });
  });

  it('resolves relative paths against the caller cwd', () => {
    const f = fs();
    expect(f.readFile('os-release', { cwd: '/etc' })).toBe('ID=alpine\n');
    expect(f.readFile('../etc/./os-release', { cwd: '/usr' })).toBe('ID=alpine\n');
  });

  it('writes, truncates and appends with mtime from the clock', () => {
    const f = fs();
    now = 5_000;
    f.writeFile('/tmp/a', 'one\n');
    f.writeFile('/tmp/a', 'two\n', { append: true });
    expect(f.readFile('/tmp/a')).toBe('one\ntwo\n');
    expect(f.stat('/tmp/a').mtimeMs).toBe(5_000);
    f.writeFile('/tmp/a', 'x');
    expect(f.readFile('/tmp/a')).toBe('x');
  });

  it('raises POSIX errors', () => {
    const f = fs();
    expect(code(() => f.readFile('/nope'))).toBe('ENOENT');
    expect(code(() => f.readFile('/etc'))).toBe('EISDIR');
    expect(code(() => f.readFile('/etc/os-release/x'))).toBe('ENOTDIR');
    expect(code(() => f.readdir('/etc/os-release'))).toBe('ENOTDIR');
    expect(code(() => f.mkdir('/etc'))).toBe('EEXIST');
    expect(code(() => f.mkdir('/a/b'))).toBe('ENOENT');
    expect(code(() => f.writeFile('/nope/x', ''))).toBe('ENOENT');
    expect(code(() => f.writeFile('/etc', ''))).toBe('EISDIR');
    expect(code(() => f.rm('/etc'))).toBe('EISDIR');
    expect(code(() => f.rm('/usr', { directory: true }))).toBe('ENOTEMPTY');
    expect(code(() => f.rm('/'))).toBe('EISDIR');
    expect(new FsError('ENOENT', '/x').message).toBe('No such file or directory');
  });

  it('mkdir -p, touch, readdir, rm -r and rm -f', () => {
    const f = fs();
    f.mkdir('/data/a/b', { parents: true });
    f.mkdir('/data/a/b', { parents: true });
    f.touch('/data/a/b/file');
    now = 9_000;
    f.touch('/data/a/b/file');
    expect(f.stat('/data/a/b/file').mtimeMs).toBe(9_000);
    expect(f.readdir('/data/a')).toEqual(['b']);
    expect(code(() => f.mkdir('/etc/os-release/x', { parents: true }))).toBe('ENOTDIR');
    f.rm('/data', { recursive: true });
    expect(f.exists('/data')).toBe(false);
    expect(code(() => f.rm('/data'))).toBe('ENOENT');
    expect(() => f.rm('/data', { force: true })).not.toThrow();
  });

  it('renames within a mount and copies trees', () => {
    const f = fs();
    f.writeFile('/tmp/a', 'A');
    f.rename('/tmp/a', '/tmp/b');
    expect(f.exists('/tmp/a')).toBe(false);
    expect(f.readFile('/tmp/b')).toBe('A');
    f.copy('/usr/share', '/tmp/share');
    expect(f.readFile('/tmp/share/nginx/html/index.html')).toBe('<h1>hi</h1>\n');
    f.writeFile('/tmp/share/nginx/html/index.html', 'changed');
    expect(f.readFile('/usr/share/nginx/html/index.html')).toBe('<h1>hi</h1>\n');
  });

  it('checks permissions for non-root callers', () => {
    const f = fs();
    const app = { uid: 1000, gid: 1000 };
    expect(code(() => f.writeFile('/etc/x', '', {}, app))).toBe('EACCES');
    expect(code(() => f.readdir('/root', app))).toBe('EACCES');
    f.writeFile('/tmp/mine', 'x', {}, app);
    expect(f.stat('/tmp/mine').uid).toBe(1000);
    expect(code(() => f.rm('/tmp/mine', {}, { uid: 1001 }))).toBe('EACCES');
    f.writeFile('/home/app/notes', 'ok', {}, { uid: 1000, gid: 1000, cwd: '/home/app' });
    f.mkdir('/home/app/dir', {}, app);
    expect(code(() => f.mkdir('/home/other', {}, app))).toBe('EACCES');
  });
});

describe('ContainerFs mounts', () => {
  it('shares a volume between containers by reference', () => {
    const shared = new Volume({ name: 'data', clock });
    const a = fs();
    const b = fs();
    a.mount('/data', shared);
    b.mount('/srv/data', shared);
    a.writeFile('/data/hello', 'from a');
    expect(b.readFile('/srv/data/hello')).toBe('from a');
    expect(a.readdir('/')).toContain('data');
  });

  it('refuses writes to read-only mounts with EROFS', () => {
    const config = new Volume({ clock }, [{ path: '/game.properties', content: 'lives=3\n' }]);
    const f = fs();
    f.mount('/etc/config', config, { readOnly: true });
    expect(f.readFile('/etc/config/game.properties')).toBe('lives=3\n');
    expect(code(() => f.writeFile('/etc/config/game.properties', 'x'))).toBe('EROFS');
    expect(code(() => f.touch('/etc/config/new'))).toBe('EROFS');
    expect(code(() => f.rm('/etc/config/game.properties'))).toBe('EROFS');
    expect(code(() => f.mkdir('/etc/config/d'))).toBe('EROFS');
    expect(code(() => f.rm('/etc/config', { recursive: true }))).toBe('EROFS');
  });

  it('sees atomic content replacement on a whole-volume mount, not on a subPath mount', () => {
    const config = new Volume({ clock }, [
      { path: '/index.html', content: 'v1' },
      { path: '/default.conf', content: 'listen 80;' },
    ]);
    const f = fs();
    f.mount('/usr/share/nginx/html', config, { readOnly: true });
    f.mount('/etc/nginx/conf.d/default.conf', config, { readOnly: true, subPath: 'default.conf' });
    expect(f.readFile('/etc/nginx/conf.d/default.conf')).toBe('listen 80;');
    config.replaceContents([
      { path: '/index.html', content: 'v2' },
      { path: '/default.conf', content: 'listen 8080;' },
    ]);
    expect(f.readFile('/usr/share/nginx/html/index.html')).toBe('v2');
    expect(f.readFile('/etc/nginx/conf.d/default.conf')).toBe('listen 80;');
  });

  it('mounts a subPath directory, creating it in the volume', () => {
    const claim = new Volume({ clock });
    const f = fs();
    f.mount('/var/lib/mysql', claim, { subPath: 'mysql' });
    f.writeFile('/var/lib/mysql/ibdata1', 'data');
    const g = fs();
    g.mount('/mnt', claim);
    expect(g.readFile('/mnt/mysql/ibdata1')).toBe('data');
  });

  it('keeps a mount point busy and refuses cross-mount renames', () => {
    const f = fs();
    f.mount('/data', new Volume({ clock }));
    f.writeFile('/data/x', 'x');
    expect(code(() => f.rm('/data', { recursive: true }))).toBe('EBUSY');
    expect(f.readdir('/data')).toEqual([]);
    f.writeFile('/tmp/y', 'y');
    expect(code(() => f.rename('/tmp/y', '/data/y'))).toBe('EXDEV');
  });
});

describe('size limits', () => {
  it('limits what a container writes to its own layer', () => {
    const f = fs(10);
    f.writeFile('/tmp/a', '12345');
    f.writeFile('/tmp/b', '12345');
    expect(code(() => f.writeFile('/tmp/c', '1'))).toBe('ENOSPC');
    f.rm('/tmp/a');
    f.writeFile('/tmp/c', '1');
    expect(f.rootVolume.usedBytes).toBeGreaterThan(10);
  });

  it('limits a volume, counting appends, copies and replacements', () => {
    const v = new Volume({ clock, limitBytes: 8 });
    const f = fs();
    f.mount('/cache', v);
    f.writeFile('/cache/a', '1234');
    f.writeFile('/cache/a', '56', { append: true });
    expect(v.usedBytes).toBe(6);
    expect(code(() => f.writeFile('/cache/a', '789', { append: true }))).toBe('ENOSPC');
    expect(f.readFile('/cache/a')).toBe('123456');
    expect(code(() => f.copy('/cache/a', '/cache/b'))).toBe('ENOSPC');
    expect(code(() => v.replaceContents([{ path: '/big', content: '123456789' }]))).toBe('ENOSPC');
    expect(f.readFile('/cache/a')).toBe('123456');
    f.rm('/cache/a');
    expect(v.usedBytes).toBe(0);
  });

  it('stores binary content and counts bytes', () => {
    const v = new Volume({ clock }, [{ path: '/key.bin', content: new Uint8Array([0, 1, 2, 255]) }]);
    expect(v.usedBytes).toBe(4);
    const f = fs();
    f.mount('/secret', v, { readOnly: true });
    expect(f.readBytesOrText('/secret/key.bin')).toEqual(new Uint8Array([0, 1, 2, 255]));
    expect(f.stat('/secret/key.bin').size).toBe(4);
  });
});
