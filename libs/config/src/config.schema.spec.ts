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
});
