import { loadConfig } from './config.schema';

describe('loadConfig', () => {
  it('applies defaults', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://u@h/db' });
    expect(config.PORT).toBe(3000);
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.COMPACTION_WINDOW_SECONDS).toBe(900);
    expect(config.COMPACTION_MIN_REVISIONS).toBe(1000);
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'abc', REDIS_URL: 'http://x' })).toThrow(
      /DATABASE_URL[\s\S]*REDIS_URL[\s\S]*PORT|DATABASE_URL[\s\S]*PORT[\s\S]*REDIS_URL/,
    );
  });

  it('rejects a short admin token', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgresql://h/db', ADMIN_TOKEN: 'short' })).toThrow(
      /ADMIN_TOKEN: must be at least 16/,
    );
  });

  it('reads the Kubernetes endpoint variables', () => {
    const base = { DATABASE_URL: 'postgresql://h/db' };
    expect(loadConfig(base)).toMatchObject({ KUBE_PORT: 6443, KUBE_HOSTNAMES: [] });
    expect(loadConfig({ ...base, KUBE_PORT: '0', KUBE_HOSTNAMES: ' Kube.Example.com, 10.0.0.5,,::2 ' })).toMatchObject({
      KUBE_PORT: 0,
      KUBE_HOSTNAMES: ['kube.example.com', '10.0.0.5', '::2'],
    });
    expect(() => loadConfig({ ...base, KUBE_HOSTNAMES: 'ok.example, bad_name' })).toThrow(
      /KUBE_HOSTNAMES.1: must be a DNS name or an IP address/,
    );
  });

  it('accepts only a 32-byte base64 encryption key', () => {
    const base = { DATABASE_URL: 'postgresql://h/db' };
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(loadConfig({ ...base, ENCRYPTION_KEY: key }).ENCRYPTION_KEY).toBe(key);
    expect(() => loadConfig({ ...base, ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') })).toThrow(
      /ENCRYPTION_KEY: must be 32 random bytes/,
    );
  });

  it('reads former encryption keys as a list', () => {
    const base = { DATABASE_URL: 'postgresql://h/db' };
    const [a, b] = [Buffer.alloc(32, 1).toString('base64'), Buffer.alloc(32, 2).toString('base64')];
    expect(loadConfig(base).ENCRYPTION_KEYS_OLD).toEqual([]);
    expect(loadConfig({ ...base, ENCRYPTION_KEYS_OLD: ` ${a}, ${b},` }).ENCRYPTION_KEYS_OLD).toEqual([a, b]);
    expect(() => loadConfig({ ...base, ENCRYPTION_KEYS_OLD: `${a},short` })).toThrow(
      /ENCRYPTION_KEYS_OLD.1: must be 32 random bytes/,
    );
  });
});
