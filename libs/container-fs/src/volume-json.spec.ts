import { ContainerFs } from './container-fs';
import { FsError } from './errors';
import { Volume } from './volume';
import { exportVolume, importVolume, VolumeFormatError } from './volume-json';

const clock = () => 42;

describe('volume JSON', () => {
  it('round-trips files, directories, modes and bytes', () => {
    const v = new Volume(
      { clock },
      [
        { path: '/a.txt', content: 'hello', mode: 0o600, uid: 999 },
        { path: '/bin/blob', content: new Uint8Array([1, 2, 3]) },
      ],
      [{ path: '/empty', mode: 0o700 }],
    );
    const json = exportVolume(v);
    expect(json.usedBytes).toBe(8);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    const back = importVolume(JSON.parse(JSON.stringify(json)), { clock });
    const f = new ContainerFs({ files: [], clock });
    f.mount('/v', back);
    expect(f.readFile('/v/a.txt')).toBe('hello');
    expect(f.stat('/v/a.txt')).toMatchObject({ mode: 0o600, uid: 999, mtimeMs: 42 });
    expect(f.readBytesOrText('/v/bin/blob')).toEqual(new Uint8Array([1, 2, 3]));
    expect(f.stat('/v/empty').mode).toBe(0o700);
    expect(exportVolume(back)).toEqual(json);
  });

  it('refuses contents over the budget and malformed values', () => {
    const json = exportVolume(new Volume({ clock }, [{ path: '/a', content: '0123456789' }]));
    expect(() => importVolume(json, { clock, limitBytes: 5 })).toThrow(FsError);
    expect(() => importVolume({ version: 2, entries: [] }, { clock })).toThrow(VolumeFormatError);
    expect(() => importVolume({ version: 1, entries: [{ path: 'rel', type: 'file' }] }, { clock })).toThrow(
      VolumeFormatError,
    );
    expect(() =>
      importVolume(
        { version: 1, entries: [{ path: '/x', type: 'file', mode: 1, uid: 0, gid: 0, mtimeMs: 0 }] },
        { clock },
      ),
    ).toThrow('content must be a string');
  });
});
