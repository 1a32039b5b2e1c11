import { randomBytes } from 'node:crypto';
import { Test, type TestingModule } from '@nestjs/testing';
import { ConfigModule } from '@ksb/config';
import { DatabaseModule, newId, PrismaService } from '@ksb/database';
import { requireTestEnv } from '@ksb/testing';
import { Keyring } from '@ksb/encryption';
import { ClusterAuthorityRepository } from './cluster-authority.repository';
import { loadCertificateAuthority } from './load-certificate-authority';

describe('cluster authority (Postgres)', () => {
  let moduleRef: TestingModule;
  let repository: ClusterAuthorityRepository;
  let prisma: PrismaService;
  // Each test uses its own authority name: the "cluster" row belongs to the endpoint tests running beside.
  const name = () => newId('test');
  const none = new Keyring(undefined);
  const newKey = () => {
    const key = Keyring.from(randomBytes(32).toString('base64')).current;
    if (!key) throw new Error('no key');
    return key;
  };

  beforeAll(async () => {
    const env = requireTestEnv();
    Object.assign(process.env, { DATABASE_URL: env.databaseUrl, DB_POOL_SIZE: '20' });
    moduleRef = await Test.createTestingModule({
      imports: [ConfigModule, DatabaseModule],
      providers: [ClusterAuthorityRepository],
    }).compile();
    await moduleRef.init();
    repository = moduleRef.get(ClusterAuthorityRepository);
    prisma = moduleRef.get(PrismaService);
  });
  afterAll(async () => {
    await prisma.clusterAuthority.deleteMany({ where: { name: { startsWith: 'test-' } } });
    await moduleRef.close();
  });

  it('creates one CA when many processes start at once, and loads that one afterwards', async () => {
    const authority = name();
    const loaded = await Promise.all(
      Array.from({ length: 12 }, () => loadCertificateAuthority(repository, none, authority)),
    );
    expect(new Set(loaded.map((ca) => ca.certificatePem)).size).toBe(1);
    expect(await prisma.clusterAuthority.count({ where: { name: authority } })).toBe(1);
    const again = await loadCertificateAuthority(repository, none, authority);
    expect(again.certificatePem).toBe(loaded[0].certificatePem);
    const row = await prisma.clusterAuthority.findUniqueOrThrow({ where: { name: authority } });
    expect(row.keyId).toBeNull();
    expect(row.privateKey).toContain('-----BEGIN PRIVATE KEY-----');
  });

  it('stores the private key sealed when a key is configured, and needs that key to load it', async () => {
    const authority = name();
    const key = newKey();
    const created = await loadCertificateAuthority(repository, new Keyring(key), authority);
    const row = await prisma.clusterAuthority.findUniqueOrThrow({ where: { name: authority } });
    expect(row.keyId).toBe(key.id);
    expect(row.privateKey).not.toContain('PRIVATE KEY');
    expect((await loadCertificateAuthority(repository, new Keyring(key), authority)).certificatePem).toBe(
      created.certificatePem,
    );

    await expect(loadCertificateAuthority(repository, none, authority)).rejects.toThrow(
      `is stored encrypted (key id ${key.id}): set ENCRYPTION_KEY to that key`,
    );
    const other = newKey();
    await expect(loadCertificateAuthority(repository, new Keyring(other), authority)).rejects.toThrow(
      `ENCRYPTION_KEY (key id ${other.id}) is not the key that sealed`,
    );
  });

  it('seals a key stored in plaintext once a key is configured', async () => {
    const authority = name();
    const plain = await loadCertificateAuthority(repository, none, authority);
    const key = newKey();
    const sealed = await loadCertificateAuthority(repository, new Keyring(key), authority);
    expect(sealed.certificatePem).toBe(plain.certificatePem);
    const row = await prisma.clusterAuthority.findUniqueOrThrow({ where: { name: authority } });
    expect([row.keyId, row.privateKey.includes('PRIVATE KEY')]).toEqual([key.id, false]);
    expect((await loadCertificateAuthority(repository, new Keyring(key), authority)).certificatePem).toBe(
      plain.certificatePem,
    );
  });

  it('opens a key sealed with a former key and seals it again with the current one (rotation)', async () => {
    const authority = name();
    const [before, after] = [newKey(), newKey()];
    const created = await loadCertificateAuthority(repository, new Keyring(before), authority);
    const rotated = await loadCertificateAuthority(repository, new Keyring(after, [before]), authority);
    expect(rotated.certificatePem).toBe(created.certificatePem);
    const row = await prisma.clusterAuthority.findUniqueOrThrow({ where: { name: authority } });
    expect(row.keyId).toBe(after.id);
    expect((await loadCertificateAuthority(repository, new Keyring(after), authority)).certificatePem).toBe(
      created.certificatePem,
    );
  });
});
